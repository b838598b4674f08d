import { Caller, DomainError, Role } from '@selaras/service-kit';
import { assertMayRead, assertMayRecord, assertMaySetTarget } from './spbe-access';

const token = (region: string, ...roles: Role[]): Caller => ({ sub: `t@${region}`, region, roles });
const ambonOpd = token('81.71', 'opd');
const ambonBappeda = token('81.71', 'bappeda');
const ambonViewer = token('81.71', 'viewer');
const malukuCoordinator = token('81', 'coordinator');
const ambonCoordinator = token('81.71', 'coordinator');
const malukuOpd = token('81', 'opd');
const admin = token('00', 'admin');

/** The code of the refusal, or `allowed`. */
function outcome(check: () => void): string {
  try {
    check();
    return 'allowed';
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'forbidden') return error.code;
    throw error;
  }
}

describe(assertMayRecord.name, () => {
  it('lets Kota Ambon record its own self-assessment, opd or bappeda', () => {
    expect(outcome(() => assertMayRecord(ambonOpd, '81.71', 'self'))).toBe('allowed');
    expect(outcome(() => assertMayRecord(ambonBappeda, '81.71', 'self'))).toBe('allowed');
  });

  it('refuses Kota Ambon writing for Kota Tual', () => {
    expect(outcome(() => assertMayRecord(ambonOpd, '81.72', 'self'))).toBe('REGION_FORBIDDEN');
  });

  it('refuses a province operator filling in a kab/kota self-assessment', () => {
    expect(outcome(() => assertMayRecord(malukuOpd, '81.71', 'self'))).toBe('REGION_FORBIDDEN');
  });

  it('refuses a viewer and a coordinator a self-assessment', () => {
    expect(outcome(() => assertMayRecord(ambonViewer, '81.71', 'self'))).toBe('SPBE_SELF_ASSESSMENT_FORBIDDEN');
    expect(outcome(() => assertMayRecord(malukuCoordinator, '81.71', 'self'))).toBe('SPBE_SELF_ASSESSMENT_FORBIDDEN');
  });

  it('lets the Maluku coordinator verify Maluku kab/kota, not another province’s', () => {
    expect(outcome(() => assertMayRecord(malukuCoordinator, '81.72', 'final'))).toBe('allowed');
    expect(outcome(() => assertMayRecord(malukuCoordinator, '82.71', 'final'))).toBe('REGION_FORBIDDEN');
  });

  it('refuses final levels from an opd, from a coordinator token of a kab/kota, and for the province itself', () => {
    expect(outcome(() => assertMayRecord(ambonOpd, '81.71', 'final'))).toBe('SPBE_FINAL_ASSESSMENT_FORBIDDEN');
    expect(outcome(() => assertMayRecord(ambonCoordinator, '81.71', 'final'))).toBe('SPBE_FINAL_ASSESSMENT_FORBIDDEN');
    expect(outcome(() => assertMayRecord(malukuCoordinator, '81', 'final'))).toBe('SPBE_FINAL_ASSESSMENT_FORBIDDEN');
  });

  it('lets an admin record either kind anywhere', () => {
    expect(outcome(() => assertMayRecord(admin, '81', 'final'))).toBe('allowed');
    expect(outcome(() => assertMayRecord(admin, '11.01', 'self'))).toBe('allowed');
  });
});

describe(assertMaySetTarget.name, () => {
  it('lets the Maluku coordinator set targets for Maluku and its kab/kota only', () => {
    expect(outcome(() => assertMaySetTarget(malukuCoordinator, '81'))).toBe('allowed');
    expect(outcome(() => assertMaySetTarget(malukuCoordinator, '81.72'))).toBe('allowed');
    expect(outcome(() => assertMaySetTarget(malukuCoordinator, '82'))).toBe('REGION_FORBIDDEN');
  });

  it('refuses operators and kab/kota coordinators', () => {
    expect(outcome(() => assertMaySetTarget(ambonOpd, '81.71'))).toBe('SPBE_TARGET_FORBIDDEN');
    expect(outcome(() => assertMaySetTarget(ambonCoordinator, '81.71'))).toBe('SPBE_TARGET_FORBIDDEN');
  });
});

describe(assertMayRead.name, () => {
  it('lets the Maluku coordinator and Kota Ambon read Ambon, but not Kota Ambon read Tual', () => {
    expect(outcome(() => assertMayRead(malukuCoordinator, '81.71'))).toBe('allowed');
    expect(outcome(() => assertMayRead(ambonViewer, '81.71'))).toBe('allowed');
    expect(outcome(() => assertMayRead(ambonViewer, '81.72'))).toBe('REGION_FORBIDDEN');
  });
});
