import { buildEvent, NOMENCLATURE_EVENT_TYPES, NomenclatureVersionEventV1, RetiredCode, VersionDiffSummary } from '@selaras/contracts';
import type { OutboxMessage } from '@selaras/messaging';
import { catalogKey } from '@selaras/nomenclature-client';
import { EntryRecord } from '../entries/entry-record';
import { toEntryPayload } from '../entries/entry-payload';
import { NOMENCLATURE_EVENT_SOURCE } from '../event-source';

/**
 * Consumers refuse events above 256 KB (MAX_EVENT_BYTES in contracts). An activation that
 * retires thousands of codes is announced in several events of the same version, each with
 * part of the `retired` list, so none comes near that limit (2020 → 2027 retires 2,585 codes,
 * about 150 KB).
 */
export const MAX_RETIRED_BYTES_PER_EVENT = 160 * 1024;

export interface ActivatedVersion {
  versionId: string;
  label: string;
  entryCount: number;
  previousVersionId?: string;
  diff?: VersionDiffSummary;
  retired: RetiredCode[];
  at: Date;
}

/** One `nomenclature.entry.current.v1` per entry, keyed `LEVEL:code` on the compacted topic. */
export function entryMessages(entries: readonly EntryRecord[], versionId: string, at: Date): OutboxMessage[] {
  return entries.map((entry) => {
    const key = catalogKey(entry.level, entry.code);
    const event = buildEvent(NOMENCLATURE_EVENT_TYPES.entry, toEntryPayload(entry, versionId), { source: NOMENCLATURE_EVENT_SOURCE, subject: key, time: at });
    return { event, key };
  });
}

/** The `nomenclature.version.activated.v1` announcement(s), keyed by version id; more than one only for a very long `retired` list. */
export function activationMessages(activation: ActivatedVersion): OutboxMessage[] {
  const parts = splitBySize(activation.retired, MAX_RETIRED_BYTES_PER_EVENT);
  return parts.map((retired) => {
    const data: NomenclatureVersionEventV1 = {
      versionId: activation.versionId,
      label: activation.label,
      entryCount: activation.entryCount,
      ...(activation.previousVersionId ? { previousVersionId: activation.previousVersionId } : {}),
      ...(activation.diff ? { diff: activation.diff } : {}),
      retired,
      at: activation.at.toISOString(),
    };
    const event = buildEvent(NOMENCLATURE_EVENT_TYPES.versionActivated, data, { source: NOMENCLATURE_EVENT_SOURCE, subject: activation.versionId, time: activation.at });
    return { event, key: activation.versionId };
  });
}

/** Consecutive parts whose JSON stays under `maxBytes`; always at least one part (possibly empty). */
export function splitBySize<T>(items: readonly T[], maxBytes: number): T[][] {
  const parts: T[][] = [[]];
  let size = 0;
  for (const item of items) {
    const itemSize = Buffer.byteLength(JSON.stringify(item)) + 1;
    if (size + itemSize > maxBytes && parts[parts.length - 1].length > 0) {
      parts.push([]);
      size = 0;
    }
    parts[parts.length - 1].push(item);
    size += itemSize;
  }
  return parts;
}
