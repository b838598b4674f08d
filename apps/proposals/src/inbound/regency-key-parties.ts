import { Caller, ForbiddenError } from '@selaras/service-kit';

/**
 * Who may do what with a region's signing key. Deliberately stricter than `canWrite`: the
 * `admin` role does not stand in for the other party here, since the point is that two
 * parties (the region and its province's coordinator) must each act (issue 22 item 5).
 */

/** The region's own side: its `admin`, or its regency system (an `opd` token of that very region). */
export function isRequestingSide(caller: Caller, region: string): boolean {
  return caller.region === region && (caller.roles.includes('admin') || caller.roles.includes('opd'));
}

/**
 * The province's side: a `coordinator` of the province the region belongs to (the province
 * itself for a province key). A kab/kota token carrying `coordinator` is not the province.
 */
export function isApprovingSide(caller: Caller, region: string): boolean {
  return caller.roles.includes('coordinator') && caller.region === provinceOf(region);
}

function provinceOf(region: string): string {
  return region.split('.')[0];
}

export function assertMayRequest(caller: Caller, region: string): void {
  if (!isRequestingSide(caller, region)) {
    throw new ForbiddenError('REGION_FORBIDDEN', `a key for region ${region} is requested by that region itself (its admin, or its regency system's opd token), not by a token of region ${caller.region} (${caller.roles.join(', ') || 'no role'}); its province's coordinator then approves it`);
  }
}

export function assertMayApprove(caller: Caller, region: string, requestedBy: string): void {
  if (!isApprovingSide(caller, region)) {
    throw new ForbiddenError('ROLE_FORBIDDEN', `a key for region ${region} is approved by the coordinator of its province, not by a token of region ${caller.region} (${caller.roles.join(', ') || 'no role'})`);
  }
  // A province's own key is requested and approved inside one region: two people, not one.
  if (caller.sub === requestedBy) throw new ForbiddenError('REGENCY_KEY_SELF_APPROVAL', `${caller.sub} requested this key and cannot approve it too`);
}

export function assertMayRevoke(caller: Caller, region: string): void {
  if (!isRequestingSide(caller, region) && !isApprovingSide(caller, region)) {
    throw new ForbiddenError('REGION_FORBIDDEN', `a key for region ${region} is revoked by that region (its admin or regency system) or its province's coordinator, not by a token of region ${caller.region} (${caller.roles.join(', ') || 'no role'})`);
  }
}
