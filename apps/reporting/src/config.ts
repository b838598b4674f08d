import { join } from 'node:path';
import { Transform } from 'class-transformer';
import { IsInt, IsString, IsUrl, Max, Min } from 'class-validator';
import { ServiceConfig } from '@selaras/service-kit';

export class ReportingConfig extends ServiceConfig {
  /** The dashboard's static files (apps/dashboard/public), served at `/`. */
  @IsString()
  DASHBOARD_DIR = join(__dirname, '..', '..', 'dashboard', 'public');

  /** The dashboard's public client at the issuer (authorization code flow with PKCE). */
  @IsString()
  DASHBOARD_OIDC_CLIENT_ID = 'selaras-dashboard';

  /** Comment lines on every open stream this often, so proxies keep idle streams open. */
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt() @Min(1000) @Max(120000)
  STREAM_HEARTBEAT_MS = 15000;

  /**
   * Changes older than this leave the change log (a week by default). A dashboard resuming from
   * before what is kept is told to reload (`resync` on the stream).
   */
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt() @Min(1) @Max(24 * 366)
  CHANGE_LOG_RETENTION_HOURS = 7 * 24;

  /** How often the change log is pruned. */
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt() @Min(1000) @Max(24 * 3600 * 1000)
  CHANGE_LOG_PRUNE_INTERVAL_MS = 10 * 60 * 1000;

  /** Live streams one token subject may hold open at once (a coordinator's tabs and screens), and this instance's in total (issue 23). */
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt() @Min(1) @Max(10000)
  STREAM_MAX_PER_SUBJECT = 10;

  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt() @Min(1) @Max(1000000)
  STREAM_MAX_TOTAL = 2000;

  /**
   * Where the dashboard's actions go (actions/): proposals and spbe-indicators. The defaults are
   * the local stack's ports; docker-compose and deploy/k8s name the services.
   */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  PROPOSALS_URL = 'http://127.0.0.1:3001';

  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  SPBE_URL = 'http://127.0.0.1:3003';
}

export const REPORTING_DEFAULTS = { PORT: 3004 };
export const REPORTING_SCHEMA = 'reporting';
