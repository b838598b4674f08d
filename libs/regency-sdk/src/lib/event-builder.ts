import { KeyObject } from 'node:crypto';
import {
  buildEvent, CloudEvent, ContractError, INBOUND_EVENT_TYPES, parseEvent, signEvent, UsulanBatchV1, UsulanUpsertedV1, UsulanWithdrawnV1,
} from '@selaras/contracts';
import { penunjangUsageProblem } from '@selaras/domain-nomenclature';
import { locationWithin } from '@selaras/domain-region';
import { RegencySdkError } from './sdk-error';
import { UsulanChange } from './usulan-change';

export interface SigningKey {
  keyId: string;
  /** Ed25519 private key (PKCS#8 PEM or a KeyObject). */
  privateKey: string | KeyObject;
}

export type InboundEvent = CloudEvent<UsulanUpsertedV1 | UsulanWithdrawnV1> & { sig?: string; keyid?: string };
export type InboundBatch = CloudEvent<UsulanBatchV1> & { sig?: string; keyid?: string };

/**
 * Builds inbound CloudEvents for one region, validates them with the very contract classes the
 * province uses, and signs them when a key is given.
 */
export class InboundEventBuilder {
  constructor(private readonly region: string, private readonly source: string, private readonly key?: SigningKey) {}

  upsert(change: UsulanChange, meta: { correlationid?: string } = {}): InboundEvent {
    const data = { ...change, region: this.region, locations: change.locations ?? [this.region], status: change.status ?? 'draft' } as UsulanUpsertedV1;
    return this.finish(buildEvent(INBOUND_EVENT_TYPES.upserted, data, { source: this.source, subject: change.externalId, region: this.region, ...meta }));
  }

  withdraw(externalId: string, meta: { correlationid?: string } = {}): InboundEvent {
    return this.finish(buildEvent(INBOUND_EVENT_TYPES.withdrawn, { region: this.region, externalId } as UsulanWithdrawnV1, { source: this.source, subject: externalId, region: this.region, ...meta }));
  }

  /**
   * Events of this region (from `upsert` and `withdraw`, already checked) as one batch: signed
   * once (when a key is given), the events inside without signatures of their own. The caller
   * keeps a batch within MAX_EVENT_BYTES and MAX_BATCH_EVENTS (RegencyClient.publishBatched does).
   */
  batch(events: readonly InboundEvent[]): InboundBatch {
    const unsigned = events.map(({ sig: _sig, keyid: _keyid, ...event }) => event as unknown as Record<string, unknown>);
    const event = buildEvent(INBOUND_EVENT_TYPES.batch, { region: this.region, events: unsigned } as UsulanBatchV1, { source: this.source, subject: this.region, region: this.region });
    return (this.key ? signEvent(event as unknown as Record<string, unknown>, this.key.privateKey, this.key.keyId) : event) as InboundBatch;
  }

  private finish(event: CloudEvent<unknown>): InboundEvent {
    validateInbound(event);
    return (this.key ? signEvent(event as unknown as Record<string, unknown>, this.key.privateKey, this.key.keyId) : event) as InboundEvent;
  }
}

/**
 * The checks the province makes that need no database: contract, region consistency,
 * locations, and program penunjang under the OPD's own bidang (`2.16.01.2.01.0001`, never the
 * catalog's `X.XX.01.2.01.0001`).
 */
export function validateInbound(event: CloudEvent<unknown>): void {
  try {
    parseEvent(JSON.parse(JSON.stringify(event)), [INBOUND_EVENT_TYPES.upserted, INBOUND_EVENT_TYPES.withdrawn]);
  } catch (error) {
    if (error instanceof ContractError) throw new RegencySdkError(error.code, error.message, error.violations);
    throw error;
  }
  const data = event.data as { region: string; locations?: string[]; subKegiatan?: string; opd?: { code: string } };
  const penunjang = data.subKegiatan && data.opd ? penunjangUsageProblem(data.subKegiatan, data.opd.code) : null;
  if (penunjang) throw new RegencySdkError(penunjang.code, penunjang.reason, [{ field: 'data.subKegiatan', reason: penunjang.reason }]);
  if (data.region !== event.region) {
    throw new RegencySdkError('INBOUND_REGION_MISMATCH', `data.region ${data.region} differs from the event's region ${event.region}`, [{ field: 'data.region', reason: 'must equal the envelope region' }]);
  }
  const outside = (data.locations ?? []).map((l, i) => ({ l, i })).filter(({ l }) => !locationWithin(l, data.region));
  if (outside.length > 0) {
    throw new RegencySdkError('LOCATION_OUTSIDE_REGION', outside.map(({ l }) => `${l} is outside region ${data.region}`).join('; '), outside.map(({ l, i }) => ({ field: `locations[${i}]`, reason: `${l} is outside region ${data.region}` })));
  }
}
