import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { EntryStore } from '../../entries/entry-store.service';
import { RetiredCodeStore } from '../../entries/retired-code-store.service';
import { VersionStamp, VersionStore } from '../../versions/version-store.service';
import { CatalogIndex } from './catalog-index';
import { VersionCache } from './version-cache';

/** Versions kept in memory: the active one and a few asked for by name (one is ~10 MB). */
export const CACHED_VERSIONS = 3;

/**
 * The in-memory catalogs reads answer from. The database is the truth: every read first asks
 * it which version is active (or whether the named one exists) and when that version was last
 * activated — one single-row statement — and answers from the index built for exactly that, so
 * an activation made through any instance is seen by the next read on every instance. An index
 * is built on the first read that needs it (and, on the instance that activated, right after
 * the activation), from one snapshot of the version's rows; the least recently used is dropped
 * beyond {@link CACHED_VERSIONS}.
 */
@Injectable()
export class CatalogIndexes implements OnApplicationBootstrap {
  private readonly logger = new Logger(CatalogIndexes.name);
  private readonly indexes = new VersionCache<CatalogIndex>(CACHED_VERSIONS);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: VersionStore,
    private readonly entries: EntryStore,
    private readonly retiredCodes: RetiredCodeStore,
  ) {}

  /** The index of the active version, or of the named one; 404 errors as the SQL reads gave. */
  async resolve(versionId?: string): Promise<CatalogIndex> {
    return this.indexes.get(await this.versions.stamp(this.dataSource.manager, versionId), (stamp) => this.build(stamp));
  }

  /** Builds the active version's index ahead of the first read (after an activation, at start). */
  warm(): void {
    this.resolve().catch((error: unknown) => this.logger.debug({ msg: 'no catalog index built ahead', error: String(error) }));
  }

  onApplicationBootstrap(): void {
    this.warm();
  }

  private async build(stamp: VersionStamp): Promise<CatalogIndex> {
    const started = performance.now();
    // One snapshot for entries and retired codes. Should the version be activated again meanwhile,
    // the snapshot may hold the newer retired codes: newer than the stamp asked for, never older.
    const index = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const entries = await this.entries.loadAll(manager, stamp.id);
      return new CatalogIndex(stamp.id, entries, await this.retiredCodes.load(manager, stamp.id));
    });
    this.logger.log({ msg: 'catalog index built', versionId: stamp.id, tookMs: Math.round(performance.now() - started) });
    return index;
  }
}
