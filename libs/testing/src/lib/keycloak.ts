import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_HOME, TEST_ISSUER, TEST_KEYCLOAK_PORT } from '@selaras/test-infra';

/** Password of the demo realm's users (deploy/keycloak/generate-realm.mjs). */
export const DEMO_PASSWORD = 'selaras-demo';
export const demoClientSecret = (clientId: string) => `demo-secret-${clientId}`;
const KEYCLOAK_URL = `http://127.0.0.1:${TEST_KEYCLOAK_PORT}`;

async function tokenRequest(form: Record<string, string>, issuer = TEST_ISSUER): Promise<{ access_token: string; expires_in: number }> {
  const response = await fetch(`${issuer}/protocol/openid-connect/token`, { method: 'POST', body: new URLSearchParams(form) });
  if (!response.ok) throw new Error(`token request (${form.grant_type}) answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { access_token: string; expires_in: number };
}

/** A demo user's access token from the test Keycloak (password grant of the `selaras-cli` client). */
export async function keycloakUserToken(username: string, password = DEMO_PASSWORD): Promise<string> {
  return (await tokenRequest({ grant_type: 'password', client_id: 'selaras-cli', username, password, scope: 'openid' })).access_token;
}

/** A system's access token (client credentials grant), e.g. `regency-81.71`. */
export async function keycloakClientToken(clientId: string, secret = demoClientSecret(clientId)): Promise<string> {
  return (await tokenRequest({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret })).access_token;
}

/** A token of the master realm's bootstrap admin (credentials kept by deploy/keycloak/keycloak.mjs): another realm's token. */
export async function keycloakMasterAdminToken(): Promise<string> {
  const admin = JSON.parse(readFileSync(join(TEST_HOME, 'keycloak', 'admin.json'), 'utf8')) as { username: string; password: string };
  return (await tokenRequest({ grant_type: 'password', client_id: 'admin-cli', username: admin.username, password: admin.password }, `${KEYCLOAK_URL}/realms/master`)).access_token;
}

/** The Admin REST API of the test Keycloak's demo realm. */
export async function keycloakAdmin() {
  const token = await keycloakMasterAdminToken();
  return async function call<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T; location: string | null }> {
    const response = await fetch(`${KEYCLOAK_URL}/admin/realms/selaras${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, location: response.headers.get('location') };
  };
}
