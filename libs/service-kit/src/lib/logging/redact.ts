/** Query parameters that carry credentials somewhere (OAuth redirects, EventSource, stream tickets). */
export const SECRET_QUERY_PARAMS = ['token', 'access_token', 'id_token', 'refresh_token', 'ticket', 'code', 'client_secret', 'password'];

const SECRET_PARAM = new RegExp(`([?&](?:${SECRET_QUERY_PARAMS.join('|')})=)[^&#]*`, 'gi');

/** The URL with the value of every credential-carrying query parameter replaced by `[Redacted]`. */
export function redactUrl(url: string | undefined): string | undefined {
  return url?.replace(SECRET_PARAM, '$1[Redacted]');
}

/** Header and query paths pino removes from every request log line (`redact` option). */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...SECRET_QUERY_PARAMS.map((name) => `req.query.${name}`),
];

/** pino-http's request serializer, after its own: the URL without credentials. */
export function redactRequest<T extends { url?: string }>(req: T): T {
  if (req && typeof req.url === 'string') req.url = redactUrl(req.url)!;
  return req;
}
