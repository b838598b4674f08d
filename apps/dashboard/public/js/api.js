import { accessToken as signedInToken } from './auth.js';

// Calls to the API of the service that serves this page (writes to other services go through
// its forwarding layer, /v1/actions/…, so the page never leaves its own origin).
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.code = problem?.code;
    /** The problem JSON as the API sent it: `violations` name the fields at fault. */
    this.problem = problem;
  }
}

/** The one place the page gets its access token: the signed-in session's (auth.js), refreshed there. */
export function accessToken() {
  return signedInToken();
}

export function createApi() {
  const headers = () => ({ authorization: `Bearer ${accessToken()}` });

  async function call(method, path, body) {
    const response = await fetch(path, {
      method,
      headers: body === undefined ? headers() : { ...headers(), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const parsed = response.status === 204 ? undefined : await response.json().catch(() => undefined);
    if (!response.ok) throw new ApiError(response.status, parsed);
    return parsed;
  }

  const get = (path) => call('GET', path);
  const send = (method, path, body) => call(method, path, body);

  /** Fetches a file with the token (a plain link could not send it) and hands it to the browser. */
  async function download(path) {
    const response = await fetch(path, { headers: headers() });
    if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => undefined));
    const disposition = response.headers.get('content-disposition') ?? '';
    const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'unduhan';
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: filename });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  return { get, send, download };
}
