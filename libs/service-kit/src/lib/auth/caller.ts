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

/** Reading: own region, or every kab/kota of one's province; admins read everything. */
export function canRead(caller: Caller, region: string): boolean {
  return caller.roles.includes('admin') || regionWithin(region, caller.region);
}

/** Writing: only in one's own region (a province operator does not write for its kab/kota). */
export function canWrite(caller: Caller, region: string): boolean {
  return caller.roles.includes('admin') || caller.region === region;
}

export function hasAnyRole(caller: Caller, roles: readonly Role[]): boolean {
  return caller.roles.includes('admin') || roles.some((r) => caller.roles.includes(r));
}
