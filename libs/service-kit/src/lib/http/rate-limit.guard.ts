import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions, ThrottlerOptions } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import type { Caller } from '../auth/caller';
import { DomainError } from '../errors/domain-error';

/** Requests a minute allowed (issue 23); per instance, so N replicas allow N times as many. */
export interface RateLimits {
  /** Per signed-in subject (the token's `sub`), over every route. */
  perSubject: number;
  /** Per client address, over every route. */
  perIp: number;
  /** Per client address, over the routes without a token (open data, validate, the dashboard): the stricter one. */
  publicPerIp: number;
}

const MINUTE_MS = 60_000;
/** Probes and scrapes come every few seconds from the platform itself. */
const UNLIMITED_PATHS = new Set(['/health', '/metrics']);

function isPublicRoute(context: ExecutionContext): boolean {
  return context.switchToHttp().getRequest<{ caller?: Caller }>().caller === undefined;
}

function unlimited(context: ExecutionContext): boolean {
  return context.getType() !== 'http' || UNLIMITED_PATHS.has(context.switchToHttp().getRequest<Request>().path);
}

/** The throttlers of a service: the `caller` set by the JWT guard names the subject. */
export function rateLimitOptions(limits: RateLimits): ThrottlerModuleOptions {
  const throttlers: ThrottlerOptions[] = [
    {
      name: 'subject',
      ttl: MINUTE_MS,
      limit: limits.perSubject,
      skipIf: (context) => unlimited(context) || isPublicRoute(context),
      getTracker: (req) => `subject:${(req as { caller: Caller }).caller.sub}`,
    },
    { name: 'ip', ttl: MINUTE_MS, limit: limits.perIp, skipIf: unlimited, getTracker: (req) => `ip:${clientIp(req as Request)}` },
    {
      name: 'public',
      ttl: MINUTE_MS,
      limit: limits.publicPerIp,
      skipIf: (context) => unlimited(context) || !isPublicRoute(context),
      getTracker: (req) => `public:${clientIp(req as Request)}`,
    },
  ];
  // One counter per tracker across all routes (the default counts each route apart).
  return { throttlers, generateKey: (_context, tracker, name) => `${name}|${tracker}` };
}

/** The socket's address; behind a proxy that sets X-Forwarded-For, Express' `trust proxy` decides what `req.ip` is. */
function clientIp(req: Request): string {
  return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
}

/**
 * @nestjs/throttler's guard, run after the JWT guard (so signed-in callers are counted by subject)
 * and answering 429 problem JSON with a plain `Retry-After` (the library names it
 * `Retry-After-<throttler>` for named throttlers, which no client reads).
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const response = context.switchToHttp().getResponse<Response>();
    const retryAfter = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    response.setHeader('Retry-After', String(retryAfter));
    const who = detail.tracker.split(':')[0];
    throw new DomainError(
      'RATE_LIMITED',
      'too_many',
      `more than ${detail.limit} requests a minute ${who === 'subject' ? 'with this token' : who === 'public' ? 'to the open routes from this address' : 'from this address'}; try again in ${retryAfter} s`,
      [],
      { retryAfterSeconds: retryAfter },
    );
  }
}

