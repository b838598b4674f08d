import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { json } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { from, Observable, switchMap } from 'rxjs';

/** JSON bodies of every route: 1 MB (an usulan is a few KB; a batch of inbound events far less than that). */
export const DEFAULT_JSON_LIMIT_BYTES = 1024 * 1024;
const JSON_TYPES = ['application/json', 'application/cloudevents+json'];

/**
 * A body parser that refuses a body whose declared length is over its limit at once. Express'
 * parsers answer such a body only after reading (and discarding) all of it; the limit still
 * applies as the bytes arrive when no length is declared (chunked) or it lies.
 */
export function limitedParser(parser: RequestHandler, limitBytes: number, types: string[]): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limitBytes && req.is(types)) {
      next(Object.assign(new Error('request entity too large'), { status: 413, statusCode: 413, expose: true, type: 'entity.too.large', limit: limitBytes, length: declared }));
      return;
    }
    parser(req, res, next);
  };
}

export const defaultJsonParser = limitedParser(json({ limit: DEFAULT_JSON_LIMIT_BYTES, type: JSON_TYPES }), DEFAULT_JSON_LIMIT_BYTES, JSON_TYPES);

export const BODY_PARSERS = Symbol('BODY_PARSERS');

/**
 * The body parsers of a route, in place of the default JSON one: e.g. a raw parser for a file
 * upload with its own limit. Each counts bytes as they arrive and stops at its limit.
 */
export const ReadsBody = (...parsers: RequestHandler[]) => SetMetadata(BODY_PARSERS, parsers);

/**
 * Reads the request body only after the guards have let the request in (issue 23): Express body
 * parsers run as middleware, before Nest's guards, so an unauthenticated 49 MB upload used to be
 * buffered whole before its 401. The services start without Nest's parsers (`bodyParser: false`)
 * and this interceptor, which Nest runs after the guards and before the pipes read `@Body()`,
 * parses instead. A body-parser refusal (too large, not JSON) reaches the problem-JSON filter.
 */
@Injectable()
export class BodyReaderInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const parsers = this.reflector.get<RequestHandler[] | undefined>(BODY_PARSERS, context.getHandler()) ?? [defaultJsonParser];
    return from(readBody(parsers, request, response)).pipe(switchMap(() => next.handle()));
  }
}

async function readBody(parsers: readonly RequestHandler[], request: Request, response: Response): Promise<void> {
  for (const parser of parsers) {
    await new Promise<void>((resolve, reject) => {
      const done: NextFunction = (error?: unknown) => (error ? reject(error) : resolve());
      parser(request, response, done);
    });
  }
}
