import { Caller, canRead, canWrite, hasAnyRole, regionWithin } from './caller';

const ambonOpd: Caller = { sub: 'op@81.71', region: '81.71', roles: ['opd'] };
const malukuCoordinator: Caller = { sub: 'koordinator@81', region: '81', roles: ['coordinator'] };
const admin: Caller = { sub: 'admin', region: '00', roles: ['admin'] };

describe(regionWithin.name, () => {
  it('covers a province\'s kab/kota but not another province\'s', () => {
    expect(regionWithin('81.71', '81')).toBe(true);
    expect(regionWithin('82.71', '81')).toBe(false);
    expect(regionWithin('81', '81.71')).toBe(false);
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

  it('lets an admin do anything and checks roles', () => {
    expect(canWrite(admin, '81.72')).toBe(true);
    expect(hasAnyRole(ambonOpd, ['bappeda'])).toBe(false);
    expect(hasAnyRole(admin, ['bappeda'])).toBe(true);
  });
});
