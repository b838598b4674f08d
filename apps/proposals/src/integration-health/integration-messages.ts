import { buildEvent, InboundRefusedV1, INTEGRATION_EVENT_TYPES, IntegrationChannel, RegencyKeyChangedV1 } from '@selaras/contracts';
import { OutboxMessage } from '@selaras/messaging';

const source = (region: string) => `/regions/${region}/proposals/integration`;

/** One activity event per region: how many of its events one transaction accepted through a channel. */
export function activityMessages(channel: IntegrationChannel, regions: readonly string[], at = new Date()): OutboxMessage[] {
  const counts = new Map<string, number>();
  for (const region of regions) counts.set(region, (counts.get(region) ?? 0) + 1);
  return [...counts].map(([region, accepted]) => ({
    key: region,
    event: buildEvent(INTEGRATION_EVENT_TYPES.activity, { region, channel, accepted, at: at.toISOString() }, { source: source(region), subject: region, region }),
  }));
}

export function refusalMessage(refusal: Omit<InboundRefusedV1, 'refusedAt'>, at = new Date()): OutboxMessage {
  const region = refusal.region;
  return {
    key: region,
    event: buildEvent(
      INTEGRATION_EVENT_TYPES.refused,
      { ...refusal, reason: refusal.reason.slice(0, 2000), claimedRegion: refusal.claimedRegion?.slice(0, 200) ?? null, refusedAt: at.toISOString() },
      { source: source(region), subject: region, ...(region === 'unknown' ? {} : { region }) },
    ),
  };
}

export function keyChangedMessage(key: Omit<RegencyKeyChangedV1, 'at'>, at = new Date()): OutboxMessage {
  return {
    key: key.region,
    event: buildEvent(INTEGRATION_EVENT_TYPES.keyChanged, { ...key, at: at.toISOString() }, { source: source(key.region), subject: key.keyId, region: key.region }),
  };
}
