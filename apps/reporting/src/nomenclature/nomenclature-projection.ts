import { EntityManager } from 'typeorm';
import { NomenclatureEntryV1, NomenclatureVersionEventV1 } from '@selaras/contracts';
import { ConsumedEvent, Tombstone } from '@selaras/messaging';
import { ReadModelChange } from '../read-models/change-log';
import { Projection } from '../read-models/projection';
import { catalogBatch, catalogNames } from './catalog-batch';

/**
 * The active nomenclature catalog from `nomenclature.entries` (compacted: current entry per
 * `LEVEL:code`, tombstone when retired) and the retirements with successors announced on
 * `nomenclature.events`. Reports use it for names and to find retired, unknown and wrong-level codes.
 */
export class NomenclatureProjection extends Projection {
  protected async project(manager: EntityManager, events: ConsumedEvent[], tombstones: Tombstone[]): Promise<ReadModelChange[]> {
    const batch = catalogBatch(events, tombstones);
    await this.upsertEntries(manager, batch.upserts);
    await this.removeEntries(manager, batch.removals);
    for (const activation of batch.activations) await this.recordActivation(manager, activation);
    if (batch.upserts.length + batch.removals.length + batch.activations.length === 0) return [];
    return [{
      eventId: null,
      province: null,
      region: null,
      year: null,
      kind: 'catalog',
      data: { upserted: batch.upserts.length, removed: batch.removals.length, activated: batch.activations.map((a) => a.versionId) },
    }];
  }

  private async upsertEntries(manager: EntityManager, entries: NomenclatureEntryV1[]): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO ${this.table('nomenclature_entry')} (level, code, name, bidang_code, program_code, kegiatan_code, satuan, replaces, version_id, kinerja, indikator)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
       ON CONFLICT (level, code) DO UPDATE SET name = EXCLUDED.name, bidang_code = EXCLUDED.bidang_code, program_code = EXCLUDED.program_code,
         kegiatan_code = EXCLUDED.kegiatan_code, satuan = EXCLUDED.satuan, replaces = EXCLUDED.replaces, version_id = EXCLUDED.version_id,
         kinerja = EXCLUDED.kinerja, indikator = EXCLUDED.indikator`,
      [
        entries.map((e) => e.level),
        entries.map((e) => e.code),
        entries.map((e) => e.name),
        entries.map((e) => e.bidangCode),
        entries.map((e) => e.programCode),
        entries.map((e) => e.kegiatanCode),
        entries.map((e) => e.satuan ?? null),
        entries.map((e) => e.replaces ?? null),
        entries.map((e) => e.versionId),
        entries.map((e) => e.kinerja ?? null),
        entries.map((e) => e.indikator ?? null),
      ],
    );
    const names = catalogNames(entries);
    await manager.query(
      `INSERT INTO ${this.table('nomenclature_name')} AS n (code, kind, name)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (code) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name WHERE n.name IS DISTINCT FROM EXCLUDED.name`,
      [names.map((n) => n.code), names.map((n) => n.kind), names.map((n) => n.name)],
    );
  }

  private async removeEntries(manager: EntityManager, keys: [string, string][]): Promise<void> {
    if (keys.length === 0) return;
    await manager.query(
      `DELETE FROM ${this.table('nomenclature_entry')} WHERE (level, code) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [keys.map((k) => k[0]), keys.map((k) => k[1])],
    );
  }

  private async recordActivation(manager: EntityManager, activation: NomenclatureVersionEventV1): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.table('nomenclature_version')} (version_id, label, entry_count, activated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (version_id) DO UPDATE SET label = EXCLUDED.label, entry_count = EXCLUDED.entry_count, activated_at = EXCLUDED.activated_at`,
      [activation.versionId, activation.label, activation.entryCount, activation.at],
    );
    // A key listed twice would make the upsert touch one row twice, which PostgreSQL refuses.
    const retired = [...new Map((activation.retired ?? []).map((r) => [`${r.level}:${r.code}`, r])).values()];
    if (retired.length === 0) return;
    await manager.query(
      `INSERT INTO ${this.table('nomenclature_retired')} (level, code, successor, version_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (level, code) DO UPDATE SET successor = EXCLUDED.successor, version_id = EXCLUDED.version_id`,
      [retired.map((r) => r.level), retired.map((r) => r.code), retired.map((r) => r.successor ?? null), retired.map(() => activation.versionId)],
    );
  }
}
