import { EntityManager } from 'typeorm';

/**
 * Imports and activations take this transaction-scoped lock, so two of them never interleave:
 * an import diffs against the version that is really active, and two activations cannot both
 * think they replace the same previous version.
 */
export async function lockCatalogWrites(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('nomenclature.catalog-writes'))`);
}
