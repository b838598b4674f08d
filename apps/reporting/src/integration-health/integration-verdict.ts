/** The coordinator's one-word reading of a region's integration (issue 28). */
export type IntegrationVerdict = 'aktif' | 'sepi' | 'banyak ditolak' | 'belum ada data';

export const QUIET_AFTER_MS = 3 * 24 * 60 * 60 * 1000;
/** "banyak ditolak": at least this share of at least MIN_EVENTS events in 24 hours were refused. */
export const REFUSED_SHARE = 0.2;
export const MIN_EVENTS = 10;

export interface VerdictFacts {
  /** The last event received from the region on any channel, accepted or refused. */
  lastEventAt: Date | null;
  /** Events received in the last 24 hours, refused ones included. */
  events24h: number;
  refusals24h: number;
  /** A planning stage of the report year is still open for the region (not yet at penetapan). */
  stageOpen: boolean;
  now: Date;
}

/**
 * Refusals weigh first: a region whose events are refused is not helped by sending more. Then
 * silence, which only matters while a stage is open (after penetapan a quiet kab/kota is normal).
 */
export function integrationVerdict(f: VerdictFacts): IntegrationVerdict {
  if (f.events24h >= MIN_EVENTS && f.refusals24h >= REFUSED_SHARE * f.events24h) return 'banyak ditolak';
  const quiet = f.lastEventAt === null || f.now.getTime() - f.lastEventAt.getTime() > QUIET_AFTER_MS;
  if (quiet && f.stageOpen) return 'sepi';
  if (f.lastEventAt === null) return 'belum ada data';
  return 'aktif';
}
