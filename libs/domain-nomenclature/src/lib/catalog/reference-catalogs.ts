import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NomenclatureCsvResult, parseNomenclatureCsv } from './nomenclature-csv';
import { NomenclatureCsvFormat } from './nomenclature-csv-format';

export type ReferenceCatalogId = 'sipd-2027' | 'kepmendagri-050-3708-2020';

export interface ReferenceCatalog {
  readonly id: ReferenceCatalogId;
  readonly label: string;
  readonly file: string;
  readonly format: NomenclatureCsvFormat;
}

const DATA_DIR = join(__dirname, '..', '..', '..', 'data');

/** The two real versions carried in `data/` (provenance in `data/SOURCE.md`). */
export const REFERENCE_CATALOGS: Readonly<Record<ReferenceCatalogId, ReferenceCatalog>> = {
  'sipd-2027': {
    id: 'sipd-2027',
    label: 'SIPD nomenklatur sub kegiatan, versi pemutakhiran 2027',
    file: join(DATA_DIR, 'nomenklatur_subkegiatan_sipd_2027.csv'),
    format: 'sipd-2027',
  },
  'kepmendagri-050-3708-2020': {
    id: 'kepmendagri-050-3708-2020',
    label: 'Kepmendagri 050-3708/2020 (SIMDA Perencanaan master data, 2020-11-20)',
    file: join(DATA_DIR, 'nomenklatur_subkegiatan_kepmendagri_050-3708_2020_simcan.csv'),
    format: 'simcan-050-3708-2020',
  },
};

/** Reads one of the carried versions (synchronously; a few hundred milliseconds for the 2027 list). */
export function loadReferenceCatalog(id: ReferenceCatalogId): NomenclatureCsvResult {
  const catalog = REFERENCE_CATALOGS[id];
  return parseNomenclatureCsv(readFileSync(catalog.file, 'utf8'), { format: catalog.format });
}
