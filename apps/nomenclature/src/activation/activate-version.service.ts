import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { performance } from 'node:perf_hooks';
import { DataSource, EntityManager } from 'typeorm';
import { RetiredCode, TOPICS } from '@selaras/contracts';
import { OutboxMessage, OutboxService } from '@selaras/messaging';
import { CatalogIndexes } from '../catalog/memory/catalog-indexes.service';
import { toCatalogEntry } from '../entries/entry-record';
import { EntryStore } from '../entries/entry-store.service';
import { RetiredCodeStore } from '../entries/retired-code-store.service';
import { lockCatalogWrites } from '../versions/catalog-lock';
import { toEventDiffSummary } from '../versions/diff-summary';
import { VersionEntity } from '../versions/version.entity';
import { VersionStore } from '../versions/version-store.service';
import { toVersionView, VersionView } from '../versions/version-view';
import { activationMessages, entryMessages } from './activation-events';
import { planActivation } from './activation-plan';

/** Outbox rows per INSERT when publishing a whole catalog. */
const OUTBOX_BATCH = 1000;

export interface ActivationOutcome {
  /** False when the version was already active: nothing changed, nothing was published. */
  changed: boolean;
  version: VersionView;
  previousVersionId: string | null;
  published: { entries: number; tombstones: number };
  retired: RetiredCode[];
  tookMs: number;
}

/**
 * Puts a version in force. In one transaction: the previous version steps down, the retired
 * codes are recorded, and the outbox receives the whole new catalog (one entry event per
 * `LEVEL:code` on the compacted `nomenclature.entries`), a tombstone for every key of the
 * previous version the new one drops, and `version.activated` with the retired codes and
 * their successors. Consumers that read the compacted topic from the start then hold exactly
 * the active catalog.
 */
@Injectable()
export class ActivateVersionService {
  private readonly logger = new Logger(ActivateVersionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: VersionStore,
    private readonly entries: EntryStore,
    private readonly retiredCodes: RetiredCodeStore,
    private readonly outbox: OutboxService,
    private readonly catalogs: CatalogIndexes,
  ) {}

  async activate(versionId: string): Promise<ActivationOutcome> {
    const started = performance.now();
    const outcome = await this.dataSource.transaction(async (manager) => {
      await lockCatalogWrites(manager);
      const next = await this.versions.get(manager, versionId);
      if (next.active) {
        return { changed: false, version: next, previousVersionId: next.previousVersionId, published: { entries: 0, tombstones: 0 }, retired: [] };
      }
      return this.switchTo(manager, next, await this.versions.findActive(manager));
    });
    const tookMs = Math.round(performance.now() - started);
    if (outcome.changed) {
      this.logger.log({ msg: 'nomenclature version activated', versionId, previousVersionId: outcome.previousVersionId, ...outcome.published, tookMs });
      // Reads would build the new catalog on first use anyway (on every instance); here it is ready before them.
      this.catalogs.warm();
    }
    return { ...outcome, version: toVersionView(outcome.version), tookMs };
  }

  private async switchTo(manager: EntityManager, next: VersionEntity, previous: VersionEntity | null) {
    const nextEntries = await this.entries.loadAll(manager, next.id);
    const previousEntries = previous ? await this.entries.loadForDiff(manager, previous.id) : [];
    const previousRetired = previous ? await this.retiredCodes.load(manager, previous.id) : [];
    const plan = planActivation(previousEntries, previousRetired, nextEntries.map(toCatalogEntry), next.id);
    const at = new Date();

    const activated = await this.versions.activate(manager, next, previous, at);
    await this.retiredCodes.replace(manager, next.id, plan.retiredRecords);
    await this.appendInBatches(manager, entryMessages(nextEntries, next.id, at));
    await this.outbox.appendTombstones(manager, TOPICS.nomenclatureEntries.name, plan.tombstoneKeys);
    await this.outbox.append(manager, ...activationMessages({
      versionId: next.id,
      label: next.label,
      entryCount: next.entryCount,
      previousVersionId: previous?.id,
      diff: previous ? toEventDiffSummary(plan.diff.summary) : undefined,
      retired: plan.retired,
      at,
    }));
    return {
      changed: true,
      version: activated,
      previousVersionId: previous?.id ?? null,
      published: { entries: nextEntries.length, tombstones: plan.tombstoneKeys.length },
      retired: plan.retired,
    };
  }

  /**
   * Publishes the active catalog again (entry events only). Used when `nomenclature.entries`
   * has lost its content — a new local broker, a cluster restored without data — so every
   * consumer can rebuild the catalog from the topic once more. Returns how many were queued.
   */
  async republishActive(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await lockCatalogWrites(manager);
      const active = await this.versions.findActive(manager);
      if (!active) return 0;
      const entries = await this.entries.loadAll(manager, active.id);
      await this.appendInBatches(manager, entryMessages(entries, active.id, new Date()));
      return entries.length;
    });
  }

  private async appendInBatches(manager: EntityManager, messages: OutboxMessage[]): Promise<void> {
    for (let start = 0; start < messages.length; start += OUTBOX_BATCH) {
      await this.outbox.append(manager, ...messages.slice(start, start + OUTBOX_BATCH));
    }
  }
}
