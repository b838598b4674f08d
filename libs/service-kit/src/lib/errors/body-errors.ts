/**
 * Refusals of Express' body parsers (http-errors with a `type` and a 4xx `status`), which reach the
 * problem filter now that bodies are read after the guards: without this they answered 500.
 */
export interface BodyParserRefusal {
  status: number;
  code: string;
  detail: string;
}

export function bodyParserRefusal(error: unknown): BodyParserRefusal | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { type, status, limit, expose } = error as { type?: unknown; status?: unknown; limit?: unknown; expose?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500 || expose !== true) return undefined;
  switch (type) {
    case 'entity.too.large':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', detail: `the request body is larger than this route accepts (${limit} bytes); send a smaller body` };
    case 'entity.parse.failed':
      return { status: 400, code: 'BODY_MALFORMED', detail: 'the request body is not valid JSON' };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', detail: (error as Error).message };
    default:
      return { status, code: 'BODY_MALFORMED', detail: (error as Error).message };
  }
}

/**
 * A safety net behind the parameter checks (input-sanity.pipe.ts): PostgreSQL's class 22 "data
 * exception" (a value out of range for its column, text that is not a number, a NUL byte) is
 * caused by what the client sent, so it is a 400, not a 500 with a stack in the log.
 */
export function databaseInputRefusal(error: unknown): BodyParserRefusal | undefined {
  if (typeof error !== 'object' || error === null || (error as Error).name !== 'QueryFailedError') return undefined;
  const code = (error as { driverError?: { code?: unknown } }).driverError?.code;
  if (typeof code !== 'string' || !code.startsWith('22')) return undefined;
  return { status: 400, code: 'PARAMETER_INVALID', detail: 'a value of the request is out of range or malformed for what it names' };
}
