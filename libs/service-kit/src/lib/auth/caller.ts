import { ForbiddenError } from '../errors/domain-error';

export const ROLES = ['opd', 'bappeda', 'coordinator', 'viewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, from the JWT claims `sub`, `region` and `roles` (DESIGN §5). */
export interface Caller {
  sub: string;
  region: string;
  roles: Role[];
}

function isProvince(region: string): boolean {
  return /^\d{2}$/.test(region);
}

/** A region is inside a caller's authority when it is the caller's own, or a kab/kota of the caller's province. */
export function regionWithin(region: string, authority: string): boolean {
  return region === authority || (isProvince(authority) && region.startsWith(`${authority}.`));
}

/**
 * The roles that read a whole province, its kab/kota too: the coordinator (DESIGN §5) and the
 * read-only viewer beside it on the dashboard. A province's opd and bappeda operators work on
 * the province's own plan and read only that, as a kab/kota's do.
 */
export const PROVINCE_WIDE_READERS: readonly Role[] = ['coordinator', 'viewer'];

function readsProvinceWide(caller: Caller): boolean {
  return PROVINCE_WIDE_READERS.some((role) => caller.roles.includes(role));
}

/** Reading: one's own region; a province's coordinator or viewer also its kab/kota; admins everything. */
export function canRead(caller: Caller, region: string): boolean {
  if (caller.roles.includes('admin') || region === caller.region) return true;
  return readsProvinceWide(caller) && regionWithin(region, caller.region);
}

/** Whether a listing of `province` may include its kab/kota for this caller (else only the province's own). */
export function canReadKabKotaOf(caller: Caller, province: string): boolean {
  if (!isProvince(province)) return false;
  return caller.roles.includes('admin') || (province === caller.region && readsProvinceWide(caller));
}

/** The refusal of a read `canRead` denied, naming who may read there. */
export function readForbidden(caller: Caller, region: string, what = 'region'): ForbiddenError {
  return new ForbiddenError(
    'REGION_FORBIDDEN',
    `a token of region ${caller.region} (${caller.roles.join(', ') || 'no role'}) cannot read ${what} ${region}: a token reads its own region, and a province's ${PROVINCE_WIDE_READERS.join(' or ')} also its kab/kota`,
  );
}

/** Writing: only in one's own region (a province operator does not write for its kab/kota). */
export function canWrite(caller: Caller, region: string): boolean {
  return caller.roles.includes('admin') || caller.region === region;
}

export function hasAnyRole(caller: Caller, roles: readonly Role[]): boolean {
  return caller.roles.includes('admin') || roles.some((r) => caller.roles.includes(r));
}
