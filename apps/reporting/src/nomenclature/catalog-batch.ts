import { NOMENCLATURE_EVENT_TYPES, NomenclatureEntryV1, NomenclatureVersionEventV1 } from '@selaras/contracts';
import { ConsumedEvent, Tombstone } from '@selaras/messaging';

export interface CatalogBatch {
  upserts: NomenclatureEntryV1[];
  /** `[level, code]` of keys whose last message in the batch is a tombstone. */
  removals: [string, string][];
  activations: NomenclatureVersionEventV1[];
}

/**
 * What a batch of the compacted topic means for the catalog: per key only its last message
 * counts, whether that is an entry or a tombstone. The consumer hands entries and tombstones
 * over separately, so they are put back in offset order here (one batch is one partition).
 */
export function catalogBatch(events: readonly ConsumedEvent[], tombstones: readonly Tombstone[]): CatalogBatch {
  const last = new Map<string, { offset: bigint; entry: NomenclatureEntryV1 | null }>();
  const keep = (key: string, offset: string, entry: NomenclatureEntryV1 | null) => {
    const seen = last.get(key);
    if (!seen || seen.offset < BigInt(offset)) last.set(key, { offset: BigInt(offset), entry });
  };
  const activations: NomenclatureVersionEventV1[] = [];
  for (const e of events) {
    if (e.event.type === NOMENCLATURE_EVENT_TYPES.entry) {
      const entry = e.event.data as NomenclatureEntryV1;
      keep(`${entry.level}:${entry.code}`, e.offset, entry);
    } else if (e.event.type === NOMENCLATURE_EVENT_TYPES.versionActivated) {
      activations.push(e.event.data as NomenclatureVersionEventV1);
    }
  }
  for (const t of tombstones) keep(t.key, t.offset, null);
  const upserts: NomenclatureEntryV1[] = [];
  const removals: [string, string][] = [];
  for (const [key, { entry }] of last) {
    if (entry) upserts.push(entry);
    else {
      const split = key.indexOf(':');
      if (split > 0) removals.push([key.slice(0, split), key.slice(split + 1)]);
    }
  }
  return { upserts, removals, activations };
}

/** Names of the bidang, program and kegiatan the entries mention, one per code. */
export function catalogNames(entries: readonly NomenclatureEntryV1[]): { code: string; kind: string; name: string }[] {
  const names = new Map<string, { code: string; kind: string; name: string }>();
  for (const e of entries) {
    names.set(e.bidangCode, { code: e.bidangCode, kind: 'bidang', name: e.bidangName });
    names.set(e.programCode, { code: e.programCode, kind: 'program', name: e.programName });
    names.set(e.kegiatanCode, { code: e.kegiatanCode, kind: 'kegiatan', name: e.kegiatanName });
  }
  return [...names.values()];
}
