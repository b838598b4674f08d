import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../cli-error';
import { REPO_ROOT } from './paths';

/** The demo realm as code: the CLI reads its demo passwords and client secrets from it (deploy/keycloak). */
const REALM_FILE = join(REPO_ROOT, 'deploy/keycloak/realm-selaras.json');
export const DEMO_PASSWORD = 'selaras-demo';
export const DEFAULT_KEYCLOAK_PORT = 18080;

export function keycloakUrl(env: NodeJS.ProcessEnv): string {
  return `http://127.0.0.1:${env.KEYCLOAK_PORT ?? DEFAULT_KEYCLOAK_PORT}`;
}

/** The issuer the stack's services trust: OIDC_ISSUER, else the local Keycloak's demo realm. */
export function issuerOf(env: NodeJS.ProcessEnv): string {
  return env.OIDC_ISSUER ?? `${keycloakUrl(env)}/realms/selaras`;
}

/**
 * A client's secret: OIDC_CLIENT_SECRET_<CLIENT ID> (upper case, non-alphanumerics as `_`, e.g.
 * OIDC_CLIENT_SECRET_REGENCY_81_71) when set — a province's own Keycloak — else the demo realm's.
 */
export function clientSecret(clientId: string, env: NodeJS.ProcessEnv): string {
  const fromEnv = env[`OIDC_CLIENT_SECRET_${clientId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`];
  if (fromEnv) return fromEnv;
  const realm = existsSync(REALM_FILE) ? (JSON.parse(readFileSync(REALM_FILE, 'utf8')) as { clients: { clientId: string; secret?: string }[] }) : { clients: [] };
  const secret = realm.clients.find((c) => c.clientId === clientId)?.secret;
  if (!secret) throw new CliError(`no secret for the client ${clientId}: set OIDC_CLIENT_SECRET_${clientId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`);
  return secret;
}

export interface TokenResponse {
  access_token: string;
  expires_in: number;
  refresh_token?: string;
}

async function tokenRequest(issuer: string, form: Record<string, string>): Promise<TokenResponse> {
  let response: Response;
  try {
    response = await fetch(`${issuer}/protocol/openid-connect/token`, { method: 'POST', body: new URLSearchParams(form), signal: AbortSignal.timeout(30000) });
  } catch (error) {
    throw new CliError(`cannot reach the identity provider ${issuer} (${((error as Error).cause as Error)?.message ?? (error as Error).message}); is the stack up? Run: selaras up`);
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { error?: string; error_description?: string };
    throw new CliError(`the identity provider refused the ${form.grant_type} grant for ${form.username ?? form.client_id}: ${problem.error_description ?? problem.error ?? response.status}`);
  }
  return (await response.json()) as TokenResponse;
}

/** A person's access token (password grant of the `selaras-cli` client: demo realm only). */
export async function userToken(env: NodeJS.ProcessEnv, username: string, password = DEMO_PASSWORD): Promise<TokenResponse> {
  return tokenRequest(issuerOf(env), { grant_type: 'password', client_id: 'selaras-cli', username, password, scope: 'openid' });
}

/** New tokens for a signed-in person (refresh grant of the `selaras-cli` client). */
export async function refreshUserToken(env: NodeJS.ProcessEnv, refreshToken: string): Promise<TokenResponse> {
  return tokenRequest(issuerOf(env), { grant_type: 'refresh_token', client_id: 'selaras-cli', refresh_token: refreshToken });
}

/**
 * Access tokens of a confidential client (client credentials grant), fetched again a minute
 * before they expire: long runs (the simulation) never send an expired token.
 */
export class ClientTokens {
  private readonly cache = new Map<string, { token: string; renewAt: number }>();

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  async token(clientId: string): Promise<string> {
    const cached = this.cache.get(clientId);
    if (cached && Date.now() < cached.renewAt) return cached.token;
    const response = await tokenRequest(issuerOf(this.env), { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret(clientId, this.env) });
    const renewAt = Date.now() + Math.max(5, response.expires_in - 60) * 1000;
    this.cache.set(clientId, { token: response.access_token, renewAt });
    return response.access_token;
  }
}

/** The CLI's administration client: import, replay, keys (role admin). */
export const ADMIN_CLIENT = 'selaras-admin';
/** The demo realm's second administration client: approves the keys `selaras-admin` requests (a key needs two parties). */
export const APPROVER_CLIENT = 'selaras-approver';
/** The regency system client of a region (its kab/kota, or the province itself). */
export const regencyClient = (region: string) => `regency-${region}`;
