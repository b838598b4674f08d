// Sign-in. With an OpenID Connect issuer (Keycloak): the authorization code flow with PKCE by
// oidc-client-ts (served by reporting from node_modules as /dashboard/vendor/oidc-client-ts.min.js,
// global `oidc`). The login page is the issuer's; the code comes back in the URL fragment, so it
// never reaches a server log, and is removed from the address bar at once. Tokens live in this
// page's memory only (not localStorage, not sessionStorage): a reload signs in again silently
// through the issuer's own session. The access token is refreshed before it expires, and the
// live stream gets it as an HttpOnly cookie (POST /v1/stream/session), never in a URL.
// Without an issuer (the test suites' shared-secret mode) the page takes a pasted token (token.js).
import { claimsOf, forgetToken, takeToken } from './token.js';

let manager = null;
let current = null; // { accessToken, claims }
const listeners = new Set();

/** The current access token, for every API call of the page (and the forms' calls). */
export function accessToken() {
  return current?.accessToken ?? null;
}

/** fetch with the current access token. */
export function authorizedFetch(input, init = {}) {
  const headers = new Headers(init.headers);
  if (accessToken()) headers.set('authorization', `Bearer ${accessToken()}`);
  return fetch(input, { ...init, headers });
}

/** Called with the new token after every sign-in and refresh. */
export function onTokenChange(listener) {
  listeners.add(listener);
}

function use(accessToken) {
  current = accessToken ? { accessToken, claims: claimsOf(accessToken) } : null;
  for (const listener of listeners) listener(accessToken);
}

/** Puts the current token into the live stream's HttpOnly cookie. */
export async function openStreamSession() {
  if (!accessToken()) return;
  await authorizedFetch('/v1/stream/session', { method: 'POST' });
}

/** The dashboard's sign-in configuration from reporting. */
async function authConfig() {
  const response = await fetch('/v1/public/dashboard-auth');
  return response.ok ? response.json() : { mode: 'token' };
}

/**
 * Signs the page in: { signedIn: true, claims, mode } once a token is at hand; signedIn false
 * when the page is leaving for the issuer's login page, or in token mode when no token was given.
 */
export async function signIn() {
  const config = await authConfig();
  if (config.mode !== 'oidc') {
    const token = takeToken();
    if (!token) return { signedIn: false, mode: 'token' };
    use(token);
    await openStreamSession();
    return { signedIn: true, claims: current.claims, mode: 'token' };
  }
  const origin = window.location.origin;
  manager = new window.oidc.UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    response_mode: 'fragment',
    scope: config.scope ?? 'openid',
    userStore: new window.oidc.WebStorageStateStore({ store: new window.oidc.InMemoryWebStorage() }),
    automaticSilentRenew: true, // with the refresh token, a minute before the access token expires
    accessTokenExpiringNotificationTimeInSeconds: 60,
  });
  manager.events.addUserLoaded((user) => {
    use(user.access_token);
    void openStreamSession();
  });
  manager.events.addSilentRenewError(() => void manager.signinRedirect({ state: window.location.href }));

  const hash = new URLSearchParams(window.location.hash.slice(1));
  if (hash.has('code') && hash.has('state')) {
    let user;
    try {
      user = await manager.signinRedirectCallback(window.location.href);
    } catch {
      // a stale or foreign code (an old address reloaded): start over at the issuer
      history.replaceState(null, '', window.location.href.split('#')[0]);
      await signInAgain();
      return { signedIn: false, mode: 'oidc' };
    }
    // back to the address the user asked for, without the code
    const back = typeof user.state === 'string' && user.state.startsWith(origin) ? user.state : `${origin}/`;
    history.replaceState(null, '', back);
    use(user.access_token);
    await openStreamSession();
    return { signedIn: true, claims: current.claims, mode: 'oidc', name: user.profile?.preferred_username };
  }
  await signInAgain();
  return { signedIn: false, mode: 'oidc' };
}

/** To the issuer's login page (a token was refused); in token mode, false: the page asks for a token. */
export async function signInAgain() {
  if (!manager) {
    forgetToken();
    return false;
  }
  await manager.signinRedirect({ state: window.location.href.split('#')[0] });
  return true;
}

/** "Keluar": the stream cookie goes, and the issuer ends its session too. */
export async function signOut() {
  await fetch('/v1/stream/session', { method: 'DELETE' }).catch(() => undefined);
  if (!manager) {
    forgetToken();
    use(null);
    window.location.reload();
    return;
  }
  const user = await manager.getUser();
  use(null);
  await manager.signoutRedirect({ id_token_hint: user?.id_token });
}
