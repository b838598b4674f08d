import { RegencySdkError } from './sdk-error';

/** The regency system's confidential client at the province's identity provider (Keycloak or any OpenID Connect provider). */
export interface ClientCredentials {
  /** The issuer URL, e.g. `https://sso.malukuprov.go.id/realms/selaras`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** Renew this long before the token expires, so a request never leaves with a token about to lapse. */
const RENEW_BEFORE_MS = 60_000;

/**
 * Access tokens of the client credentials grant, fetched when first needed and again shortly
 * before each expires (or after the province refused one: `invalidate`). The token endpoint is
 * taken from the issuer's discovery document once.
 */
export class ClientCredentialsTokens {
  private tokenEndpoint?: string;
  private current?: { token: string; renewAt: number };
  private pending?: Promise<string>;

  constructor(private readonly credentials: ClientCredentials, private readonly now: () => number = Date.now) {}

  async token(): Promise<string> {
    if (this.current && this.now() < this.current.renewAt) return this.current.token;
    // concurrent publishes share one token request
    this.pending ??= this.fetchToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** Forget the current token (the province answered 401 to it). */
  invalidate(): void {
    this.current = undefined;
  }

  private async fetchToken(): Promise<string> {
    const endpoint = this.tokenEndpoint ?? (this.tokenEndpoint = await this.discover());
    const response = await request(endpoint, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.credentials.clientId, client_secret: this.credentials.clientSecret }),
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error?: string; error_description?: string };
    if (!response.ok || !body.access_token) {
      throw new RegencySdkError('SDK_AUTH_FAILED', `the identity provider refused client ${this.credentials.clientId}: ${body.error_description ?? body.error ?? `HTTP ${response.status}`}`);
    }
    const lifetimeMs = (body.expires_in ?? 60) * 1000;
    // short-lived tokens are renewed at half their life rather than a minute before the end
    this.current = { token: body.access_token, renewAt: this.now() + Math.max(lifetimeMs - RENEW_BEFORE_MS, lifetimeMs / 2) };
    return body.access_token;
  }

  private async discover(): Promise<string> {
    const url = `${this.credentials.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const response = await request(url, {});
    const body = (await response.json().catch(() => ({}))) as { token_endpoint?: string };
    if (!response.ok || !body.token_endpoint) throw new RegencySdkError('SDK_AUTH_FAILED', `no token endpoint in the issuer's discovery document ${url} (HTTP ${response.status})`);
    return body.token_endpoint;
  }
}

async function request(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(15000) });
  } catch (error) {
    throw new RegencySdkError('SDK_AUTH_FAILED', `cannot reach the identity provider at ${url}: ${((error as Error).cause as Error)?.message ?? (error as Error).message}`);
  }
}
