import { Caller, canRead, canReadKabKotaOf, canWrite, hasAnyRole, readForbidden, regionWithin } from './caller';

const ambonOpd: Caller = { sub: 'op@81.71', region: '81.71', roles: ['opd'] };
const malukuCoordinator: Caller = { sub: 'koordinator@81', region: '81', roles: ['coordinator'] };
const admin: Caller = { sub: 'admin', region: '00', roles: ['admin'] };
const malukuViewer: Caller = { sub: 'pemantau@81', region: '81', roles: ['viewer'] };
const malukuOpd: Caller = { sub: 'dinkes@81', region: '81', roles: ['opd'] };
const malukuBappeda: Caller = { sub: 'bappeda@81', region: '81', roles: ['bappeda'] };

describe(regionWithin.name, () => {
  it('covers a province\'s kab/kota but not another province\'s', () => {
    expect(regionWithin('81.71', '81')).toBe(true);
    expect(regionWithin('82.71', '81')).toBe(false);
    expect(regionWithin('81', '81.71')).toBe(false);
  });

  it('reads a region code by its segments, not as a string prefix', () => {
    expect(regionWithin('8171', '81')).toBe(false);
    expect(regionWithin('81.7', '81.71')).toBe(false);
    expect(regionWithin('81.71', '81.7')).toBe(false);
  });
});

describe('region authority', () => {
  it('lets Kota Ambon write for itself but not for Kota Tual', () => {
    expect(canWrite(ambonOpd, '81.71')).toBe(true);
    expect(canWrite(ambonOpd, '81.72')).toBe(false);
  });

  it('lets a Maluku coordinator read every kab/kota of Maluku but not write for them', () => {
    expect(canRead(malukuCoordinator, '81.72')).toBe(true);
    expect(canRead(malukuCoordinator, '82.01')).toBe(false);
    expect(canWrite(malukuCoordinator, '81.72')).toBe(false);
  });

  it('lets a Maluku viewer read its kab/kota as the coordinator does', () => {
    expect(canRead(malukuViewer, '81.72')).toBe(true);
    expect(canRead(malukuViewer, '82.72')).toBe(false);
    expect(canReadKabKotaOf(malukuViewer, '81')).toBe(true);
  });

  it('keeps a province\'s opd and bappeda operators to the province\'s own usulan (DESIGN §5: a token acts only inside its region)', () => {
    for (const operator of [malukuOpd, malukuBappeda]) {
      expect(canRead(operator, '81')).toBe(true);
      expect(canRead(operator, '81.71')).toBe(false);
      expect(canReadKabKotaOf(operator, '81')).toBe(false);
    }
  });

  it('includes kab/kota in a listing only of the caller\'s own province, or for an admin', () => {
    expect(canReadKabKotaOf(malukuCoordinator, '81')).toBe(true);
    expect(canReadKabKotaOf(malukuCoordinator, '82')).toBe(false);
    expect(canReadKabKotaOf(malukuCoordinator, '81.71')).toBe(false);
    expect(canReadKabKotaOf(ambonOpd, '81.71')).toBe(false);
    expect(canReadKabKotaOf(admin, '82')).toBe(true);
  });

  it('explains a refused read: who asked, and who may read there', () => {
    const refusal = readForbidden(malukuOpd, '81.71', 'the keys of');
    expect(refusal.code).toBe('REGION_FORBIDDEN');
    expect(refusal.message).toBe("a token of region 81 (opd) cannot read the keys of 81.71: a token reads its own region, and a province's coordinator or viewer also its kab/kota");
  });

  it('lets an admin do anything and checks roles', () => {
    expect(canWrite(admin, '81.72')).toBe(true);
    expect(hasAnyRole(ambonOpd, ['bappeda'])).toBe(false);
    expect(hasAnyRole(admin, ['bappeda'])).toBe(true);
  });
});
