// The access token: taken from ?token= once (then kept in localStorage and removed from the
// address bar, so it is not copied along with a shared link), or read from localStorage.
const KEY = 'selaras.token';

export function takeToken() {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    localStorage.setItem(KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(null, '', url);
    return fromUrl;
  }
  return localStorage.getItem(KEY);
}

export function saveToken(token) {
  localStorage.setItem(KEY, token.trim());
}

export function forgetToken() {
  localStorage.removeItem(KEY);
}

/** The token's claims, read without verifying (the server verifies); null for something that is not a JWT. */
export function claimsOf(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload));
  } catch {
    return null;
  }
}
