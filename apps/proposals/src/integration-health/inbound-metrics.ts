import { Counter, Gauge } from 'prom-client';
import { metricsRegistry } from '@selaras/service-kit';

/**
 * Inbound events by region, channel and outcome. `region` is bounded: a kode wilayah from the
 * region directory, proven to be the sender's, else `unknown` (refusal-region.ts); the refusal
 * code comes from the stable code list.
 */
export const inboundAccepted = new Counter({
  name: 'selaras_inbound_events_accepted_total',
  help: 'Inbound events from regency systems (kafka, http) and operator entries accepted, by region and channel',
  labelNames: ['region', 'channel'] as const,
  registers: [metricsRegistry],
});

/**
 * When each region last had an event accepted, per channel: what the "silent beyond its usual
 * interval" alert compares with (deploy/monitoring). Absent for a region until it first sends
 * after this process started.
 */
export const inboundLastAccepted = new Gauge({
  name: 'selaras_inbound_last_accepted_timestamp_seconds',
  help: 'Unix time of the last event accepted from a region, by channel',
  labelNames: ['region', 'channel'] as const,
  registers: [metricsRegistry],
});

export const inboundRefusals = new Counter({
  name: 'selaras_inbound_refusals_total',
  help: 'Inbound events refused, by region (unknown unless proven the sender\'s), channel and error code',
  labelNames: ['region', 'channel', 'code'] as const,
  registers: [metricsRegistry],
});
