import { EntityManager } from 'typeorm';
import { InboundRefusedV1, INTEGRATION_EVENT_TYPES, IntegrationActivityV1, RegencyKeyChangedV1 } from '@selaras/contracts';
import { ConsumedEvent } from '@selaras/messaging';
import { ReadModelChange } from '../read-models/change-log';
import { Projection } from '../read-models/projection';

/**
 * Integration health from `proposals.integration`: accepted events summed per region, channel
 * and hour, every refusal with its reason, the regency keys' state. The consumer's inbox makes
 * the sums exact under redelivery. Refusals and key changes go to the change log (dashboards
 * refresh); plain activity does not, as the usulan it accepted already do.
 */
export class IntegrationProjection extends Projection {
  protected async project(manager: EntityManager, events: ConsumedEvent[], _tombstones: unknown[], logsChanges: boolean): Promise<ReadModelChange[]> {
    const of = <T>(type: string) => events.filter((e) => e.event.type === type) as ConsumedEvent<T>[];
    const activity = of<IntegrationActivityV1>(INTEGRATION_EVENT_TYPES.activity).map((e) => e.event.data);
    const refusals = of<InboundRefusedV1>(INTEGRATION_EVENT_TYPES.refused);
    const keys = of<RegencyKeyChangedV1>(INTEGRATION_EVENT_TYPES.keyChanged).map((e) => e.event.data);
    if (activity.length > 0) {
      await manager.query(
        `INSERT INTO ${this.table('integration_activity')} AS a (region, channel, hour, accepted, last_at)
         SELECT region, channel, date_trunc('hour', at), sum(accepted)::int, max(at)
         FROM unnest($1::text[], $2::text[], $3::int[], $4::timestamptz[]) AS u(region, channel, accepted, at)
         GROUP BY 1, 2, 3
         ON CONFLICT (region, channel, hour) DO UPDATE SET accepted = a.accepted + EXCLUDED.accepted, last_at = greatest(a.last_at, EXCLUDED.last_at)`,
        [activity.map((a) => a.region), activity.map((a) => a.channel), activity.map((a) => a.accepted), activity.map((a) => a.at)],
      );
    }
    if (refusals.length > 0) {
      const data = refusals.map((e) => e.event.data);
      await manager.query(
        `INSERT INTO ${this.table('integration_refusal')} (event_id, region, claimed_region, channel, code, reason, event_type, inbound_event_id, external_id, refused_at)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::timestamptz[])
         ON CONFLICT (event_id) DO NOTHING`,
        [refusals.map((e) => e.event.id), data.map((d) => d.region), data.map((d) => d.claimedRegion ?? null), data.map((d) => d.channel), data.map((d) => d.code), data.map((d) => d.reason),
          data.map((d) => d.eventType ?? null), data.map((d) => d.eventId ?? null), data.map((d) => d.externalId ?? null), data.map((d) => d.refusedAt)],
      );
    }
    if (keys.length > 0) {
      await manager.query(
        `INSERT INTO ${this.table('integration_key')} AS k (key_id, region, label, state, changed_at)
         SELECT DISTINCT ON (key_id) * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS u(key_id, region, label, state, changed_at)
         ORDER BY key_id, changed_at DESC
         ON CONFLICT (key_id) DO UPDATE SET region = EXCLUDED.region, label = EXCLUDED.label, state = EXCLUDED.state, changed_at = EXCLUDED.changed_at
         WHERE k.changed_at <= EXCLUDED.changed_at`,
        [keys.map((k) => k.keyId), keys.map((k) => k.region), keys.map((k) => k.label), keys.map((k) => k.state), keys.map((k) => k.at)],
      );
    }
    if (!logsChanges) return [];
    const touched = new Map<string, string | null>();
    for (const e of refusals) touched.set(e.event.data.region, e.event.id);
    for (const k of keys) touched.set(k.region, null);
    return [...touched].filter(([region]) => region !== 'unknown').map(([region, eventId]) => ({
      eventId, province: region.slice(0, 2), region, year: null, kind: 'integration', data: { region },
    }));
  }
}
