import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { ContractError, FieldViolation } from '@selaras/contracts';
import { bodyParserRefusal, databaseInputRefusal } from './body-errors';
import { DomainError, ErrorKind } from './domain-error';
import { problemTitle } from './problem-titles';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance?: string;
  violations?: readonly FieldViolation[];
  [extension: string]: unknown;
}

export function statusOf(kind: ErrorKind): number {
  switch (kind) {
    case 'invalid':
      return HttpStatus.BAD_REQUEST;
    case 'unauthenticated':
      return HttpStatus.UNAUTHORIZED;
    case 'forbidden':
      return HttpStatus.FORBIDDEN;
    case 'not_found':
      return HttpStatus.NOT_FOUND;
    case 'conflict':
      return HttpStatus.CONFLICT;
    case 'unavailable':
      return HttpStatus.SERVICE_UNAVAILABLE;
    case 'too_large':
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case 'too_many':
      return HttpStatus.TOO_MANY_REQUESTS;
    default: {
      const unreachable: never = kind;
      throw new Error(`unmapped error kind ${unreachable}`);
    }
  }
}

const HTTP_CODES: Record<number, string> = {
  400: 'REQUEST_INVALID',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/** Turns any error into RFC 9457 problem JSON (`application/problem+json`) with a stable `code`. */
export function toProblem(error: unknown, instance?: string): ProblemDetails {
  if (error instanceof DomainError) {
    const status = statusOf(error.kind);
    // Extensions first: a domain error's extra fields never override the standard members.
    return { ...error.extra, type: `https://selaras.go.id/problems/${error.code.toLowerCase()}`, title: problemTitle(error.code, status), status, code: error.code, detail: error.message, instance, ...(error.violations.length ? { violations: error.violations } : {}) };
  }
  if (error instanceof ContractError) {
    return { type: `https://selaras.go.id/problems/${error.code.toLowerCase()}`, title: problemTitle(error.code, 400), status: 400, code: error.code, detail: error.message, instance, violations: error.violations };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse() as { message?: unknown; code?: string; violations?: FieldViolation[] } | string;
    const code = (typeof body === 'object' && body.code) || HTTP_CODES[status] || `HTTP_${status}`;
    const detail = typeof body === 'string' ? body : Array.isArray(body.message) ? body.message.join('; ') : String(body.message ?? error.message);
    const violations = typeof body === 'object' ? body.violations : undefined;
    return { type: `https://selaras.go.id/problems/${code.toLowerCase()}`, title: problemTitle(code, status), status, code, detail, instance, ...(violations ? { violations } : {}) };
  }
  const refusal = bodyParserRefusal(error) ?? databaseInputRefusal(error);
  if (refusal) {
    const { status, code, detail } = refusal;
    return { type: `https://selaras.go.id/problems/${code.toLowerCase()}`, title: problemTitle(code, status), status, code, detail, instance };
  }
  return { type: 'about:blank', title: problemTitle('INTERNAL_ERROR', 500), status: 500, code: 'INTERNAL_ERROR', detail: 'An unexpected error occurred; it has been logged. Try again, and report it if it persists.', instance };
}

@Catch()
export class ProblemJsonFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemJsonFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = toProblem(error, request?.originalUrl);
    if (problem.status >= 500) this.logger.error({ err: error, path: request?.originalUrl }, 'request failed');
    // A 429 says when to come back (RFC 9110 §10.2.3), also when the refusal is not the throttler's.
    if (problem.status === 429 && typeof problem.retryAfterSeconds === 'number' && !response.getHeader('Retry-After')) response.setHeader('Retry-After', String(problem.retryAfterSeconds));
    response.status(problem.status).type('application/problem+json').json(problem);
  }
}
