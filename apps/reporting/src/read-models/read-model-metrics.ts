import { Gauge } from 'prom-client';
import { metricsRegistry } from '@selaras/service-kit';

const REPLAY_STATES = ['idle', 'building', 'switching', 'done', 'failed'] as const;

/** What the read-model metrics read when Prometheus scrapes; set by ProjectionRunner and ReplayService. */
export const readModelSources: {
  liveGeneration?: () => number | undefined;
  replay?: () => { state: (typeof REPLAY_STATES)[number]; generation?: number; lag?: number; eventsApplied?: number };
} = {};

export const readModelGeneration = new Gauge({
  name: 'selaras_read_model_generation',
  help: 'The read-model generation this reporting instance serves',
  registers: [metricsRegistry],
  collect() {
    const live = readModelSources.liveGeneration?.();
    if (live !== undefined) this.set(live);
  },
});

export const replayState = new Gauge({
  name: 'selaras_replay_state',
  help: 'The state of the last replay started by this instance (1 for the current state)',
  labelNames: ['state'] as const,
  registers: [metricsRegistry],
  collect() {
    const state = readModelSources.replay?.().state ?? 'idle';
    for (const s of REPLAY_STATES) this.set({ state: s }, s === state ? 1 : 0);
  },
});

export const replayLag = new Gauge({
  name: 'selaras_replay_lag_messages',
  help: 'Messages a rebuilding generation still has to apply to reach the watermarks it is chasing (0 when caught up or idle)',
  registers: [metricsRegistry],
  collect() {
    const replay = readModelSources.replay?.();
    this.set(replay && (replay.state === 'building' || replay.state === 'switching') ? replay.lag ?? 0 : 0);
  },
});

export const replayApplied = new Gauge({
  name: 'selaras_replay_events_applied',
  help: 'Events the last completed replay of this instance applied',
  registers: [metricsRegistry],
  collect() {
    const replay = readModelSources.replay?.();
    this.set(replay?.eventsApplied ?? 0);
  },
});
