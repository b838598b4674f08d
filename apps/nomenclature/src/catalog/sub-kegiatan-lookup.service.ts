import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { GovernmentLevel } from '@selaras/contracts';
import { parseSubKegiatanCode, penunjangUseOf } from '@selaras/domain-nomenclature';
import { EntryStore } from '../entries/entry-store.service';
import { RetiredCodeStore } from '../entries/retired-code-store.service';
import { CodeMalformedError, SubKegiatanNotFoundError } from '../nomenclature.errors';
import { VersionStore } from '../versions/version-store.service';
import { pickEntry } from './pick-entry';
import { SubKegiatanView, toPenunjangView, toSubKegiatanView } from './sub-kegiatan-view';

/** One sub kegiatan of the active (or a named) version, with its parents. */
@Injectable()
export class SubKegiatanLookupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: VersionStore,
    private readonly entries: EntryStore,
    private readonly retiredCodes: RetiredCodeStore,
  ) {}

  async get(code: string, level?: GovernmentLevel, versionId?: string): Promise<SubKegiatanView> {
    const parsed = parseSubKegiatanCode(code);
    if (!parsed.ok) throw new CodeMalformedError(code, parsed.error.problems);
    const manager = this.dataSource.manager;
    const version = await this.versions.resolve(manager, versionId);
    const canonical = parsed.value.canonical;
    const found = await this.entries.findByCodes(manager, version.id, [canonical]);
    const entry = pickEntry(found, level, parsed.value.governmentLevel);
    if (entry) return toSubKegiatanView(entry, version.id);
    const penunjang = penunjangUseOf(canonical);
    if (penunjang) {
      const template = pickEntry(await this.entries.findByCodes(manager, version.id, [penunjang.template]), level, parsed.value.governmentLevel);
      if (template) return toPenunjangView(template, version.id, { code: penunjang.bidang, name: await this.entries.bidangName(manager, version.id, penunjang.bidang) });
    }
    const [retired] = await this.retiredCodes.find(manager, version.id, level ?? parsed.value.governmentLevel, [canonical]);
    throw new SubKegiatanNotFoundError(code, level, version.id, { successor: retired?.successorCodes[0], otherLevels: found.map((e) => e.level) });
  }
}
