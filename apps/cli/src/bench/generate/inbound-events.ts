import { generateKeyPairSync, KeyObject } from 'node:crypto';
import { buildEvent, INBOUND_EVENT_TYPES, signEvent, UsulanUpsertedV1 } from '@selaras/contracts';
import { InboundEvent, InboundEventBuilder, packBatches, type UsulanChange } from '@selaras/regency-sdk';
import { KeyParties } from '../../simulation/key-parties';
import { callApi } from '../../stack/api-client';
import { TopicMessage } from './replay-events';

export interface RegencyKey {
  keyId: string;
  privateKey: KeyObject;
}

/** Registers a fresh Ed25519 key for each region with proposals, as `selaras keys register` does: requested by the region, approved by its coordinator. */
export async function registerRegencyKeys(proposalsUrl: string, parties: KeyParties, regions: readonly string[]): Promise<Map<string, RegencyKey>> {
  const keys = new Map<string, RegencyKey>();
  for (const region of regions) {
    const pair = generateKeyPairSync('ed25519');
    const { keyId } = await callApi<{ keyId: string }>(proposalsUrl, 'POST', '/v1/inbound/keys', await parties.requester(region), {
      region, label: `selaras bench ${region}`, publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    });
    await callApi(proposalsUrl, 'POST', `/v1/inbound/keys/${encodeURIComponent(keyId)}/approve`, await parties.approver(region), {});
    keys.set(region, { keyId, privateKey: pair.privateKey });
  }
  return keys;
}

/**
 * A signed `proposals.usulan.upserted.v1`, byte for byte what the regency SDK publishes
 * (`RegencyClient.upsert` + `publish`): same envelope, source, key and headers. The SDK's local
 * validation is skipped: the changes are valid by construction, and validating 40,000 of them
 * in the bench would only slow the set-up.
 */
export function signedUpsert(region: string, change: UsulanChange, key: RegencyKey): TopicMessage {
  const data = { ...change, region, locations: change.locations ?? [region], status: change.status ?? 'draft' } as UsulanUpsertedV1;
  const event = buildEvent(INBOUND_EVENT_TYPES.upserted, data, { source: `/regions/${region}/regency-system`, subject: change.externalId, region });
  const signed = signEvent(event as unknown as Record<string, unknown>, key.privateKey, key.keyId);
  return { key: `${region}:${change.externalId}`, value: JSON.stringify(signed), headers: { 'content-type': 'application/cloudevents+json' } };
}

/**
 * The same changes as signed batches (`proposals.usulan.batch.v1`), byte for byte what
 * `RegencyClient.publishBatched` publishes: packed in order as the SDK packs them, signed once
 * each, keyed by the region. (The events inside are built unsigned, as the batch strips their
 * signatures anyway; validation is skipped as in `signedUpsert`.)
 */
export function signedBatches(region: string, changes: readonly UsulanChange[], key: RegencyKey): TopicMessage[] {
  const source = `/regions/${region}/regency-system`;
  const events = changes.map((change) => {
    const data = { ...change, region, locations: change.locations ?? [region], status: change.status ?? 'draft' } as UsulanUpsertedV1;
    return buildEvent(INBOUND_EVENT_TYPES.upserted, data, { source, subject: change.externalId, region }) as InboundEvent;
  });
  const builder = new InboundEventBuilder(region, source, key);
  return packBatches(events, (e) => Buffer.byteLength(JSON.stringify(e))).map((run) => ({
    key: region, value: JSON.stringify(builder.batch(run)), headers: { 'content-type': 'application/cloudevents+json' },
  }));
}
