import type { AssessmentKind } from '@selaras/contracts';
import { isWithin, parseRegionCode } from '@selaras/domain-region';
import { Caller, canRead, canWrite, ForbiddenError, hasAnyRole, readForbidden } from '@selaras/service-kit';

// Who may do what with a region's SPBE assessment. One file, so the README and the code say
// the same thing. Roles are checked here too (not only by @Roles), because which role is
// needed depends on the body: `self` and `final` share one route.

function isAdmin(caller: Caller): boolean {
  return caller.roles.includes('admin');
}

/** A coordinator's token names a province; it covers that province and its kab/kota. */
function provinceOfCoordinator(caller: Caller): string | null {
  const parsed = parseRegionCode(caller.region);
  return caller.roles.includes('coordinator') && parsed.ok && parsed.value.level === 'provinsi' ? parsed.value.code : null;
}

function regionForbidden(caller: Caller, region: string, verb: string): ForbiddenError {
  return new ForbiddenError('REGION_FORBIDDEN', `a token of region ${caller.region} cannot ${verb} region ${region}`);
}

/** Reading follows the shared rule: one's own region, a province's coordinator or viewer also its kab/kota, admins everything. */
export function assertMayRead(caller: Caller, region: string): void {
  if (!canRead(caller, region)) throw readForbidden(caller, region, 'the SPBE assessment of');
}

/**
 * - `self` (penilaian mandiri): an `opd` or `bappeda` operator of the region itself; a
 *   province's operator does not fill in its kab/kota's self-assessment.
 * - `final` (verified values): a `coordinator` of the province, for its kab/kota only. Nobody
 *   verifies their own self-assessment, so a province's own final values (and any region's,
 *   where no provincial coordinator applies) are recorded by an `admin` (the national evaluator).
 * - `admin` may record either kind for any region.
 */
export function assertMayRecord(caller: Caller, region: string, kind: AssessmentKind): void {
  if (isAdmin(caller)) return;
  if (kind === 'self') {
    if (!hasAnyRole(caller, ['opd', 'bappeda'])) {
      throw new ForbiddenError('SPBE_SELF_ASSESSMENT_FORBIDDEN', `a self-assessment is recorded by the region's opd or bappeda operator; the token has ${caller.roles.join(', ')}`);
    }
    if (!canWrite(caller, region)) throw regionForbidden(caller, region, 'record the self-assessment of');
    return;
  }
  const province = provinceOfCoordinator(caller);
  if (province === null) {
    throw new ForbiddenError('SPBE_FINAL_ASSESSMENT_FORBIDDEN', 'final (verified) levels are recorded by the coordinator of the province (a token of a province with role coordinator) or an admin');
  }
  if (!isWithin(region, province)) throw regionForbidden(caller, region, 'verify the SPBE assessment of');
  if (region === province) {
    throw new ForbiddenError('SPBE_FINAL_ASSESSMENT_FORBIDDEN', `the province's own final levels are verified by an admin (the national evaluator), not by the province's coordinator`);
  }
}

/** A province's coordinator sets targets for the province and each of its kab/kota; admins for any region. */
export function assertMaySetTarget(caller: Caller, region: string): void {
  if (isAdmin(caller)) return;
  const province = provinceOfCoordinator(caller);
  if (province === null) throw new ForbiddenError('SPBE_TARGET_FORBIDDEN', 'targets are set by the coordinator of the province (a token of a province with role coordinator) or an admin');
  if (!isWithin(region, province)) throw regionForbidden(caller, region, 'set the SPBE target of');
}
