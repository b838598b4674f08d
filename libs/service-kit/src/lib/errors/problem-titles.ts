/**
 * The `title` of a problem (RFC 9457: "a short, human-readable summary of the problem type"): one
 * English sentence per code, the same every time (issue 23). `code` stays the machine key; a code
 * without its own sentence gets its status's.
 */
const TITLES: Record<string, string> = {
  REQUEST_INVALID: 'The request is invalid.',
  PARAMETER_INVALID: 'A request parameter is invalid.',
  BODY_MALFORMED: 'The request body is not well-formed.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  UNSUPPORTED_MEDIA_TYPE: 'The request body has an unsupported media type.',
  RATE_LIMITED: 'Too many requests; try again later.',
  STREAMS_EXHAUSTED: 'Too many live streams are open.',
  VALIDATE_BATCH_TOO_LARGE: 'Too many codes in one validation request.',
  UNAUTHENTICATED: 'Authentication is required.',
  TOKEN_INVALID: 'The bearer token is not valid.',
  FORBIDDEN: 'This action is not allowed.',
  ROLE_FORBIDDEN: 'Your role does not allow this action.',
  REGION_FORBIDDEN: 'Your token does not cover this region.',
  ROUTE_NOT_FOUND: 'No such route.',
  METHOD_NOT_ALLOWED: 'This method is not allowed here.',
  INTERNAL_ERROR: 'An unexpected error occurred.',
  PROPOSAL_NOT_FOUND: 'The usulan was not found.',
  PROPOSAL_REVISION_STALE: 'The usulan has changed since you read it.',
  PROPOSAL_TRANSITION_INVALID: 'The usulan cannot move to that status from its current one.',
  PRIORITY_NOT_FOUND: 'The priority was not found.',
  PRIORITY_REVISION_STALE: 'The priority has changed since you read it.',
  REGION_NOT_FOUND: 'The region was not found.',
  REGION_UNKNOWN: 'The region code is not a known kode wilayah.',
  REGION_CODE_MALFORMED: 'The region code is malformed.',
  REGION_IMMUTABLE: 'The region of an usulan cannot change.',
  PROVINCE_NOT_FOUND: 'The province was not found.',
  YEAR_INVALID: 'The year is outside the supported range.',
  EVENT_PAYLOAD_INVALID: 'The event payload is invalid.',
  EVENT_ENVELOPE_INVALID: 'The event envelope is invalid.',
  EVENT_TYPE_UNKNOWN: 'The event type is not accepted here.',
  EVENT_NOT_JSON: 'The event is not JSON.',
  EVENT_TOO_LARGE: 'The event is too large.',
  REGENCY_KEY_INVALID: 'The regency key is invalid.',
  REGENCY_KEY_NOT_FOUND: 'The regency key was not found.',
  NOMENCLATURE_UNAVAILABLE: 'The nomenclature is not available yet.',
  READ_MODELS_STARTING: 'The read models are still starting.',
  REPLAY_RUNNING: 'A replay is already running.',
  SPBE_FRAMEWORK_UNKNOWN: 'The SPBE framework is not known.',
};

const BY_STATUS: Record<number, string> = {
  400: 'The request is invalid.',
  401: 'Authentication is required.',
  403: 'This action is not allowed.',
  404: 'The resource was not found.',
  405: 'This method is not allowed here.',
  409: 'The request conflicts with the current state.',
  413: 'The request body is too large.',
  415: 'The request body has an unsupported media type.',
  429: 'Too many requests; try again later.',
  503: 'The service is not available right now.',
};

export function problemTitle(code: string, status: number): string {
  return TITLES[code] ?? BY_STATUS[status] ?? (status >= 500 ? 'An unexpected error occurred.' : 'The request cannot be served.');
}
