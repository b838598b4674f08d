import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { streamCookie } from './stream-session.controller';

/** The request URL without its `access_token` parameter. */
export function withoutAccessToken(url: string): string {
  return url.replace(/([?&])access_token=[^&]*(&|$)/, (_, before: string, after: string) => (after ? before : '')).replace(/\?$/, '');
}

/**
 * EventSource cannot set headers, so the stream takes the token from the HttpOnly cookie the
 * dashboard sets (stream-session.controller.ts) or, for scripts, as `?access_token=`. This
 * moves it into the Authorization header before the JWT guard runs, so the guard stays the one
 * place tokens are checked, and removes it from the URL so the request log never records it.
 * Only the stream route gets this.
 */
@Injectable()
export class StreamTokenMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    const token = new URL(req.originalUrl, 'http://stream').searchParams.get('access_token');
    if (token) {
      if (!req.headers.authorization) req.headers.authorization = `Bearer ${token}`;
      req.url = withoutAccessToken(req.url);
      req.originalUrl = withoutAccessToken(req.originalUrl);
    }
    // the dashboard's way: the HttpOnly cookie set by POST /v1/stream/session
    const cookie = streamCookie(req.headers.cookie);
    if (cookie && !req.headers.authorization) req.headers.authorization = `Bearer ${cookie}`;
    next();
  }
}
