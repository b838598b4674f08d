import { Caller, Role } from '@selaras/service-kit';
import { assertMayApprove, assertMayRequest, assertMayRevoke, isApprovingSide, isRequestingSide } from './regency-key-parties';

const caller = (region: string, ...roles: Role[]): Caller => ({ sub: `${roles.join('+')}@${region}`, region, roles });

describe('regency key parties', () => {
  it('lets a kab/kota request its own key with its admin or its regency system\'s opd token, and nobody else', () => {
    expect(isRequestingSide(caller('81.71', 'admin'), '81.71')).toBe(true);
    expect(isRequestingSide(caller('81.71', 'opd'), '81.71')).toBe(true);
    expect(isRequestingSide(caller('81', 'coordinator'), '81.71')).toBe(false);
    expect(isRequestingSide(caller('81', 'admin'), '81.71')).toBe(false);
    expect(isRequestingSide(caller('81.72', 'admin'), '81.71')).toBe(false);
    expect(isRequestingSide(caller('81.71', 'bappeda'), '81.71')).toBe(false);
    expect(() => assertMayRequest(caller('81', 'coordinator', 'admin'), '81.71')).toThrow(expect.objectContaining({ code: 'REGION_FORBIDDEN' }));
  });

  it('lets only the coordinator of the region\'s own province approve', () => {
    expect(isApprovingSide(caller('81', 'coordinator'), '81.71')).toBe(true);
    expect(isApprovingSide(caller('81', 'coordinator'), '81')).toBe(true);
    expect(isApprovingSide(caller('82', 'coordinator'), '81.71')).toBe(false);
    expect(isApprovingSide(caller('81.71', 'coordinator', 'admin'), '81.71')).toBe(false);
    expect(isApprovingSide(caller('81', 'admin'), '81.71')).toBe(false);
    expect(() => assertMayApprove(caller('81.71', 'admin'), '81.71', 'someone')).toThrow(expect.objectContaining({ code: 'ROLE_FORBIDDEN' }));
  });

  it('refuses a province key approved by the one who requested it', () => {
    const both = caller('81', 'admin', 'coordinator');
    expect(() => assertMayApprove(both, '81', both.sub)).toThrow(expect.objectContaining({ code: 'REGENCY_KEY_SELF_APPROVAL' }));
    expect(() => assertMayApprove(both, '81', 'someone-else')).not.toThrow();
  });

  it('lets either side revoke, and neither a neighbour nor another province', () => {
    expect(() => assertMayRevoke(caller('81.71', 'opd'), '81.71')).not.toThrow();
    expect(() => assertMayRevoke(caller('81', 'coordinator'), '81.71')).not.toThrow();
    expect(() => assertMayRevoke(caller('81.72', 'admin'), '81.71')).toThrow(expect.objectContaining({ code: 'REGION_FORBIDDEN' }));
    expect(() => assertMayRevoke(caller('82', 'coordinator'), '81.71')).toThrow(expect.objectContaining({ code: 'REGION_FORBIDDEN' }));
  });
});
