import { Gauge } from 'prom-client';
import { messagingMetricsRegistry } from './messaging-metrics';

export interface OutboxBacklog {
  rows: number;
  /** Seconds since the oldest unpublished row was written; 0 when none waits. */
  oldestAgeSeconds: number;
}

const sources = new Map<string, () => Promise<OutboxBacklog>>();

/** A service's outbox, read when Prometheus scrapes; keyed by its schema (one outbox per schema). */
export function observeOutbox(service: string, read: () => Promise<OutboxBacklog>): () => void {
  sources.set(service, read);
  return () => {
    if (sources.get(service) === read) sources.delete(service);
  };
}

const SAMPLE_TIMEOUT_MS = 2000;

/** The last answer per service, kept when the database does not answer in time (a scrape must not hang on it). */
const last = new Map<string, OutboxBacklog>();

/** One sample per scrape, shared by both gauges (the registry collects its metrics side by side). */
let sampling: Promise<void> | undefined;

function sample(): Promise<void> {
  sampling ??= sampleAll().finally(() => (sampling = undefined));
  return sampling;
}

async function sampleAll(): Promise<void> {
  await Promise.all(
    [...sources].map(async ([service, read]) => {
      let timer: NodeJS.Timeout | undefined;
      try {
        last.set(service, await Promise.race([read(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), SAMPLE_TIMEOUT_MS)))]));
      } catch {
        // Left at its last value: the database being down shows on /health, not as an empty outbox.
      } finally {
        clearTimeout(timer);
      }
    }),
  );
}

export const outboxPendingRows = new Gauge({
  name: 'selaras_outbox_pending_rows',
  help: 'Outbox rows written but not yet published, per service',
  labelNames: ['service'] as const,
  registers: [messagingMetricsRegistry],
  async collect() {
    await sample();
    this.reset();
    for (const [service, backlog] of last) if (sources.has(service)) this.set({ service }, backlog.rows);
  },
});

export const outboxOldestPendingAge = new Gauge({
  name: 'selaras_outbox_oldest_pending_age_seconds',
  help: 'Age of the oldest unpublished outbox row, per service (0 when the outbox is drained)',
  labelNames: ['service'] as const,
  registers: [messagingMetricsRegistry],
  async collect() {
    await sample();
    this.reset();
    for (const [service, backlog] of last) if (sources.has(service)) this.set({ service }, backlog.oldestAgeSeconds);
  },
});
