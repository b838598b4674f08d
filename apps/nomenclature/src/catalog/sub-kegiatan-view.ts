import type { GovernmentLevel } from '@selaras/contracts';
import { EntryRecord } from '../entries/entry-record';
import { urusanName } from './urusan-names';

export interface CodeAndName {
  code: string;
  name: string | null;
}

/** One sub kegiatan with its parents, as `GET /v1/nomenclature/sub-kegiatan/:code` answers. */
export interface SubKegiatanView {
  versionId: string;
  level: GovernmentLevel;
  code: string;
  /** As the version's file writes it (two-digit sub kegiatan in 050-3708/2020). */
  sourceCode: string;
  name: string;
  urusan: CodeAndName;
  bidang: CodeAndName;
  program: CodeAndName;
  kegiatan: CodeAndName;
  kinerja: string | null;
  indikator: string | null;
  satuan: string | null;
  spm: boolean;
  jenis: string | null;
  pelaksana: string | null;
  tags: string[];
  replaces: CodeAndName | null;
  /** For program penunjang written under a bidang (`2.16.01.2.01.0001`): the catalog's `X.XX` row it stands for. */
  penunjangOf?: string;
}

export function toSubKegiatanView(entry: EntryRecord, versionId: string): SubKegiatanView {
  return {
    versionId,
    level: entry.level,
    code: entry.code,
    sourceCode: entry.sourceCode,
    name: entry.name,
    urusan: { code: entry.urusanCode, name: urusanName(entry.urusanCode) },
    bidang: { code: entry.bidangCode, name: entry.bidangName },
    program: { code: entry.programCode, name: entry.programName },
    kegiatan: { code: entry.kegiatanCode, name: entry.kegiatanName },
    kinerja: entry.kinerja,
    indikator: entry.indikator,
    satuan: entry.satuan,
    spm: entry.spm,
    jenis: entry.jenis,
    pelaksana: entry.pelaksana,
    tags: entry.tags,
    replaces: entry.replacesCode ? { code: entry.replacesCode, name: entry.replacesName } : null,
  };
}

/**
 * The catalog's `X.XX` penunjang row as it reads under a real bidang: codes rewritten to the
 * bidang (`2.16.01.2.01.0001`, program `2.16.01`), names, indikator and satuan the template's.
 */
export function toPenunjangView(template: EntryRecord, versionId: string, bidang: CodeAndName): SubKegiatanView {
  const view = toSubKegiatanView(template, versionId);
  const under = (code: string) => `${bidang.code}${code.slice(4)}`;
  const urusan = bidang.code.split('.')[0];
  return {
    ...view,
    code: under(template.code),
    sourceCode: under(template.sourceCode),
    urusan: { code: urusan, name: urusanName(urusan) },
    bidang,
    program: { ...view.program, code: under(template.programCode) },
    kegiatan: { ...view.kegiatan, code: under(template.kegiatanCode) },
    penunjangOf: template.code,
  };
}
