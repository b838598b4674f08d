import { KeyObject } from 'node:crypto';
import { aUsulan, buildEvent, INBOUND_EVENT_TYPES, signEvent, UsulanBatchV1, UsulanUpsertedV1 } from '@selaras/contracts';

export interface CorpusMessage {
  kind: string;
  key: string;
  value: string;
  /** The code the province must refuse it (or the one event of a bad batch) with; undefined for valid or replayed messages. */
  expectedCode?: string;
  /** The usulan a valid message creates (a batch creates several). */
  externalIds?: string[];
}

interface Keys {
  ambon: { keyId: string; privateKey: KeyObject };
  tual: { keyId: string; privateKey: KeyObject };
  stranger: KeyObject;
}

/**
 * Valid inbound traffic from Kota Ambon mixed with at least 1,000 messages a hostile or broken
 * regency system could send: not JSON, oversized, wrongly typed, missing fields, unknown types,
 * bad envelopes, unsigned or wrongly signed, for another region, invalid codes — and exact
 * replays of valid events. Every message carries the run marker so its rejection can be found.
 */
export function buildCorpus(run: string, keys: Keys, validCount: number, badPerKind: number): CorpusMessage[] {
  const upsert = (i: number, overrides: Partial<UsulanUpsertedV1> = {}) => {
    const data = { ...aUsulan({ paguIndikatif: 1_000_000 + i }), externalId: `corpus-${run}-${i}`, status: 'draft', ...overrides } as UsulanUpsertedV1;
    return buildEvent(INBOUND_EVENT_TYPES.upserted, data, { source: `/regions/81.71/corpus-${run}`, subject: data.externalId, region: data.region });
  };
  const signed = (event: object, key = keys.ambon) => signEvent(event as Record<string, unknown>, key.privateKey, key.keyId);
  const json = (v: unknown) => JSON.stringify(v);
  const batchOf = (events: unknown[], region = '81.71') => buildEvent(INBOUND_EVENT_TYPES.batch, { region, events } as UsulanBatchV1, { source: `/regions/${region}/corpus-${run}`, subject: region, region });
  let n = validCount;
  const next = () => n++;
  const bad: [string, string, () => string][] = [
    ['not-json', 'EVENT_NOT_JSON', () => `corpus-${run} {{{ not json ${next()}`],
    ['oversized', 'EVENT_TOO_LARGE', () => json({ ...signed(upsert(next())), padding: `corpus-${run}`.padEnd(300_000, 'x') })],
    ['pagu-as-text', 'EVENT_PAYLOAD_INVALID', () => json(signed(upsert(next(), { paguIndikatif: 'seratus juta' as unknown as number })))],
    ['pagu-decimal', 'EVENT_PAYLOAD_INVALID', () => json(signed(upsert(next(), { paguIndikatif: 100.25 })))],
    ['region-number', 'EVENT_PAYLOAD_INVALID', () => json(signed({ ...upsert(next(), { region: 81.71 as unknown as string }), region: '81.71' }))],
    ['missing-target', 'EVENT_PAYLOAD_INVALID', () => { const e = upsert(next()); delete (e.data as Partial<UsulanUpsertedV1>).target; return json(signed(e)); }],
    ['unknown-type', 'EVENT_TYPE_UNKNOWN', () => json(signed({ ...upsert(next()), type: 'proposals.usulan.exploded.v1' }))],
    // A known type, but one only proposals publishes: a regency deciding its own usulan.
    ['canonical-type', 'EVENT_TYPE_UNKNOWN', () => json(signed({ ...upsert(next()), type: 'proposals.proposal.agreed.v1' }))],
    ['bad-envelope', 'EVENT_ENVELOPE_INVALID', () => json({ ...upsert(next()), specversion: '0.3', id: 'not-a-uuid' })],
    ['unsigned', 'INBOUND_SIGNATURE_MISSING', () => json(upsert(next()))],
    ['forged-signature', 'INBOUND_SIGNATURE_INVALID', () => json({ ...signed(upsert(next()), { keyId: keys.ambon.keyId, privateKey: keys.stranger }) })],
    ['unknown-key', 'INBOUND_KEY_UNKNOWN', () => json(signed(upsert(next()), { keyId: 'nobody-1', privateKey: keys.stranger }))],
    ['other-region-key', 'INBOUND_REGION_NOT_COVERED', () => json(signed(upsert(next()), keys.tual))],
    ['tampered-after-signing', 'INBOUND_SIGNATURE_INVALID', () => { const e = signed(upsert(next())) as unknown as { data: { paguIndikatif: number } }; e.data.paguIndikatif += 1; return json(e); }],
    ['provincial-code', 'SUB_KEGIATAN_WRONG_LEVEL', () => json(signed(upsert(next(), { subKegiatan: '2.16.03.1.02.0041' })))],
    ['unknown-code', 'SUB_KEGIATAN_UNKNOWN', () => json(signed(upsert(next(), { subKegiatan: '2.16.03.2.02.9999' })))],
    ['location-outside', 'LOCATION_OUTSIDE_REGION', () => json(signed(upsert(next(), { locations: ['81.72'] })))],
    // Batches (proposals.usulan.batch.v1): one signature for all their events, each event judged alone.
    ['batch-forged-signature', 'INBOUND_SIGNATURE_INVALID', () => json(signed(batchOf([upsert(next())]), { keyId: keys.ambon.keyId, privateKey: keys.stranger }))],
    ['batch-of-other-region', 'INBOUND_REGION_MISMATCH', () => { const e = upsert(next(), { region: '81.72', locations: ['81.72'] }); return json(signed(batchOf([{ ...e, region: '81.72' }]))); }],
    ['batch-in-batch', 'EVENT_TYPE_UNKNOWN', () => json(signed(batchOf([batchOf([upsert(next())])])))],
    ['batch-malformed-event', 'EVENT_PAYLOAD_INVALID', () => json(signed(batchOf([upsert(next(), { paguIndikatif: 12.5 })])))],
    ['batch-without-events', 'EVENT_PAYLOAD_INVALID', () => { next(); return json(signed({ ...batchOf([]), data: { region: '81.71', events: 'all of them' } })); }],
  ];
  const messages: CorpusMessage[] = [];
  const valid = Array.from({ length: validCount }, (_, i) => json(signed(upsert(i))));
  valid.forEach((value, i) => messages.push({ kind: 'valid', key: `81.71:corpus-${run}-${i}`, value, externalIds: [`corpus-${run}-${i}`] }));
  // Valid usulan in batches of ten, among the rest.
  for (let b = 0; b < validCount / 30; b++) {
    const events = Array.from({ length: 10 }, () => upsert(next()));
    messages.push({ kind: 'valid-batch', key: '81.71', value: json(signed(batchOf(events))), externalIds: events.map((e) => e.subject) });
  }
  for (const [kind, expectedCode, make] of bad) {
    for (let i = 0; i < badPerKind; i++) messages.push({ kind, key: `81.71:${kind}-${i}`, value: make(), expectedCode });
  }
  // Replays: the same valid events again, anywhere in the stream; harmless by contract.
  for (let i = 0; i < validCount; i += 5) messages.push({ kind: 'replay', key: `81.71:corpus-${run}-${i}`, value: valid[i] });
  return shuffle(messages);
}

function shuffle<T>(items: T[]): T[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
