import { IntegrationChannel } from '@selaras/contracts';
import { IntegrationVerdict } from './integration-verdict';

/** One region's integration health, as the sync report and the dashboard show it. */
export interface RegionIntegrationHealth {
  region: string;
  name: string;
  verdict: IntegrationVerdict;
  /** The last event received per channel (accepted or refused), ISO time or null. */
  lastReceived: Record<IntegrationChannel, string | null>;
  lastEventAt: string | null;
  events24h: number;
  refusals24h: number;
  topRefusalCodes: { code: string; count: number }[];
  /** Approved and not revoked; requested and waiting for the province's approval; revoked. */
  keys: { active: number; pending: number; revoked: number; lastChangedAt: string | null };
}

export interface IntegrationHealthReport {
  generatedAt: string;
  /** The province first, then its kab/kota, as in the sync report. */
  regions: RegionIntegrationHealth[];
}

export interface RefusalView {
  refusedAt: string;
  channel: string;
  code: string;
  reason: string;
  eventType: string | null;
  eventId: string | null;
  externalId: string | null;
}
