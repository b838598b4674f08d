import { CliError } from '../cli-error';

/** A JSON call to one of the services that turns an unreachable service or a problem answer into one readable line. */
export async function callApi<T>(baseUrl: string, method: string, path: string, token: string, body?: unknown, contentType = 'application/json'): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': contentType } : {}) },
      body: body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? (body as string) : JSON.stringify(body),
      signal: AbortSignal.timeout(120000),
    });
  } catch (error) {
    throw new CliError(`cannot reach ${baseUrl} (${(error as Error).cause ? ((error as Error).cause as Error).message : (error as Error).message}); is the stack up? Run: selaras up`);
  }
  const text = await response.text();
  if (!response.ok) {
    let detail = text;
    try {
      const problem = JSON.parse(text);
      detail = `${problem.code}: ${problem.detail}`;
    } catch {
      // not problem JSON: keep the text
    }
    throw new CliError(`${method} ${path} failed with ${response.status} ${detail}`);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}
