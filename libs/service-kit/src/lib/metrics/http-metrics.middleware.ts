import type { NextFunction, Request, Response } from 'express';
import { httpRequestDuration } from './metrics';

/**
 * Times every request by route template (never the path with its ids) and the status code the
 * client really got: read when the response closes, after the problem-JSON filter has mapped an
 * error to its 4xx or 5xx. A middleware rather than an interceptor, because guards run before
 * interceptors and a 401 or 403 would otherwise go uncounted. A path no route matched is
 * `unmatched` (the paths themselves are unbounded).
 */
export function httpMetricsMiddleware(request: Request, response: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  response.once('close', () => {
    const route = (request.route?.path as string | undefined) ?? 'unmatched';
    const status = response.writableFinished ? String(response.statusCode) : 'aborted';
    httpRequestDuration.observe({ method: request.method, route, status }, Number(process.hrtime.bigint() - started) / 1e9);
  });
  next();
}
