// Calls to the reporting API of the service that serves this page, with the signed-in token.
import { authorizedFetch } from './auth.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.code = problem?.code;
  }
}

export function createApi() {

  async function get(path) {
    const response = await authorizedFetch(path);
    const body = await response.json().catch(() => undefined);
    if (!response.ok) throw new ApiError(response.status, body);
    return body;
  }

  /** Fetches a file with the token (a plain link could not send it) and hands it to the browser. */
  async function download(path) {
    const response = await authorizedFetch(path);
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

  return { get, download };
}
