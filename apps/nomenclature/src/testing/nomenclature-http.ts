import { RunningService } from '@selaras/testing';

/** A small HTTP client for specs: JSON in, status and parsed body out. */
export interface HttpAnswer<T = Record<string, unknown>> {
  status: number;
  contentType: string | null;
  body: T;
}

export async function call<T = Record<string, unknown>>(
  service: RunningService,
  method: 'GET' | 'POST',
  path: string,
  options: { token?: string; json?: unknown; body?: BodyInit; contentType?: string } = {},
): Promise<HttpAnswer<T>> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  if (options.contentType) headers['content-type'] = options.contentType;
  const response = await fetch(`${service.url}${path}`, {
    method,
    headers,
    body: options.json !== undefined ? JSON.stringify(options.json) : options.body,
  });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), body: (text ? JSON.parse(text) : undefined) as T };
}
