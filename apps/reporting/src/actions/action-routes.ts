/**
 * The writes (and the reads they need) the dashboard may send to another service through
 * reporting, so the page calls only its own origin (one CSP, no CORS). Anything not listed here
 * is refused before it leaves reporting; the owning service still decides who may do it, from
 * the caller's own token, which is forwarded unchanged.
 */
export type ActionService = 'proposals' | 'spbe';

interface ActionRoute {
  service: ActionService;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: RegExp;
}

const UUID = '[0-9a-fA-F-]{36}';
const REGION = '\\d{2}(?:\\.\\d{2})?';
const KEY_ID = `${REGION}-[0-9a-f]{8}`;

export const ACTION_ROUTES: readonly ActionRoute[] = [
  // Provincial priorities: list, declare, change or withdraw (PATCH with status).
  { service: 'proposals', method: 'GET', path: /^\/v1\/priorities$/ },
  { service: 'proposals', method: 'POST', path: /^\/v1\/priorities$/ },
  { service: 'proposals', method: 'PATCH', path: new RegExp(`^/v1/priorities/${UUID}$`) },
  // Regency signing keys: list, approve, revoke; a kab/kota's refused inbound events.
  { service: 'proposals', method: 'GET', path: /^\/v1\/inbound\/keys$/ },
  { service: 'proposals', method: 'POST', path: new RegExp(`^/v1/inbound/keys/${KEY_ID}/approve$`) },
  { service: 'proposals', method: 'DELETE', path: new RegExp(`^/v1/inbound/keys/${KEY_ID}$`) },
  { service: 'proposals', method: 'GET', path: /^\/v1\/inbound\/rejections$/ },
  // The coordinator's review of an overlap (sinergi, duplikasi, bukan tumpang tindih), and its history.
  { service: 'proposals', method: 'POST', path: /^\/v1\/overlaps\/reviews$/ },
  { service: 'proposals', method: 'GET', path: new RegExp(`^/v1/overlaps/reviews/${UUID}~${UUID}/history$`) },
  // SPBE target of a region for a year.
  { service: 'spbe', method: 'GET', path: new RegExp(`^/v1/spbe/targets/${REGION}/\\d{4}$`) },
  { service: 'spbe', method: 'PUT', path: new RegExp(`^/v1/spbe/targets/${REGION}/\\d{4}$`) },
];

/** Whether `method path` may be forwarded to `service`; the path without its query string. */
export function isAllowedAction(service: string, method: string, path: string): service is ActionService {
  return ACTION_ROUTES.some((r) => r.service === service && r.method === method && r.path.test(path));
}
