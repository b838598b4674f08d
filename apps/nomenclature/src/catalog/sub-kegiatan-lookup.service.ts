import { Injectable } from '@nestjs/common';
import type { GovernmentLevel } from '@selaras/contracts';
import { parseSubKegiatanCode, penunjangUseOf } from '@selaras/domain-nomenclature';
import { CodeMalformedError, SubKegiatanNotFoundError } from '../nomenclature.errors';
import { CatalogIndexes } from './memory/catalog-indexes.service';
import { pickEntry } from './pick-entry';
import { SubKegiatanView, toPenunjangView, toSubKegiatanView } from './sub-kegiatan-view';

/** One sub kegiatan of the active (or a named) version, with its parents, from its in-memory catalog. */
@Injectable()
export class SubKegiatanLookupService {
  constructor(private readonly catalogs: CatalogIndexes) {}

  async get(code: string, level?: GovernmentLevel, versionId?: string): Promise<SubKegiatanView> {
    const parsed = parseSubKegiatanCode(code);
    if (!parsed.ok) throw new CodeMalformedError(code, parsed.error.problems);
    const index = await this.catalogs.resolve(versionId);
    const canonical = parsed.value.canonical;
    const found = index.entriesOf(canonical);
    const entry = pickEntry(found, level, parsed.value.governmentLevel);
    if (entry) return toSubKegiatanView(entry, index.versionId);
    const penunjang = penunjangUseOf(canonical);
    if (penunjang) {
      const template = pickEntry(index.entriesOf(penunjang.template), level, parsed.value.governmentLevel);
      if (template) return toPenunjangView(template, index.versionId, { code: penunjang.bidang, name: index.bidangName(penunjang.bidang) });
    }
    const retired = index.retiredOf(level ?? parsed.value.governmentLevel, canonical);
    throw new SubKegiatanNotFoundError(code, level, index.versionId, { successor: retired?.successorCodes[0], otherLevels: found.map((e) => e.level) });
  }
}
