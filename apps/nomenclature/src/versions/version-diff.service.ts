import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { GovernmentLevel } from '@selaras/contracts';
import { diffCatalogs } from '@selaras/domain-nomenclature';
import { EntryStore } from '../entries/entry-store.service';
import { toVersionDiffView, VersionDiffView } from './version-diff-view';
import { VersionStore } from './version-store.service';

/** What changed from one version to another: added, retired, renamed, and who replaces whom. */
@Injectable()
export class VersionDiffService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly versions: VersionStore, private readonly entries: EntryStore) {}

  async diff(fromId: string, toId: string, options: { level?: GovernmentLevel; limit?: number } = {}): Promise<VersionDiffView> {
    const manager = this.dataSource.manager;
    const [from, to] = await Promise.all([this.versions.get(manager, fromId), this.versions.get(manager, toId)]);
    const atLevel = <T extends { level: GovernmentLevel }>(items: T[]) => (options.level ? items.filter((e) => e.level === options.level) : items);
    const [before, after] = await Promise.all([this.entries.loadForDiff(manager, from.id), this.entries.loadForDiff(manager, to.id)]);
    return toVersionDiffView(from.id, to.id, options.level ?? null, diffCatalogs(atLevel(before), atLevel(after)), options.limit);
  }
}
