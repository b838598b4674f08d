import { loadReferenceCatalog } from '../catalog/reference-catalogs';
import { BIDANG_URUSAN, isPenunjangCode, opdBidangOf, penunjangUsageProblem, penunjangUseOf } from './penunjang';

describe(penunjangUseOf.name, () => {
  it('reads a bidang-specific penunjang code as the catalog template', () => {
    expect(penunjangUseOf('2.16.01.2.01.0001')).toEqual({ bidang: '2.16', template: 'X.XX.01.2.01.0001' });
    expect(penunjangUseOf('1.02.01.1.02.0005')).toEqual({ bidang: '1.02', template: 'X.XX.01.1.02.0005' });
  });

  it('is null for other programs, the template itself, an unknown bidang and malformed codes', () => {
    expect(penunjangUseOf('2.16.03.2.02.0041')).toBeNull();
    expect(penunjangUseOf('X.XX.01.2.01.0001')).toBeNull();
    expect(penunjangUseOf('9.99.01.2.01.0001')).toBeNull();
    expect(penunjangUseOf('2.16.01.2')).toBeNull();
  });
});

describe('BIDANG_URUSAN', () => {
  it('holds every bidang of both real catalogs', () => {
    const real = new Set([...loadReferenceCatalog('sipd-2027').rows, ...loadReferenceCatalog('kepmendagri-050-3708-2020').rows].map((r) => r.bidangCode).filter((b) => b !== 'X.XX'));
    expect([...BIDANG_URUSAN].sort()).toEqual([...real].sort());
  });
});

describe(opdBidangOf.name, () => {
  it('reads the bidang pairs of a SIPD OPD code, skipping zero pairs', () => {
    expect(opdBidangOf('2.16.0.00.0.00.01.0000')).toEqual(['2.16']);
    expect(opdBidangOf('2.16.2.20.2.21.01.0000')).toEqual(['2.16', '2.20', '2.21']);
  });

  it('is empty for a code without bidang pairs', () => {
    expect(opdBidangOf('1')).toEqual([]);
  });
});

describe(penunjangUsageProblem.name, () => {
  it('accepts penunjang under the OPD bidang and any non-penunjang code', () => {
    expect(penunjangUsageProblem('2.16.01.2.01.0001', '2.16.0.00.0.00.01.0000')).toBeNull();
    expect(penunjangUsageProblem('2.20.01.2.01.0001', '2.16.2.20.0.00.01.0000')).toBeNull();
    expect(penunjangUsageProblem('1.02.02.2.01.0001', '2.16.0.00.0.00.01.0000')).toBeNull();
  });

  it('refuses the X.XX template, naming the OPD-bidang form', () => {
    expect(penunjangUsageProblem('X.XX.01.2.01.0001', '2.16.0.00.0.00.01.0000')).toEqual({ code: 'SUB_KEGIATAN_PENUNJANG_TEMPLATE', reason: expect.stringContaining('2.16.01.2.01.0001') });
  });

  it('refuses penunjang of a bidang the OPD does not serve', () => {
    expect(penunjangUsageProblem('1.02.01.2.01.0001', '2.16.0.00.0.00.01.0000')).toEqual({ code: 'SUB_KEGIATAN_PENUNJANG_BIDANG', reason: expect.stringContaining('2.16.01.2.01.0001') });
  });

  it('does not check an OPD whose code names no bidang', () => {
    expect(penunjangUsageProblem('1.02.01.2.01.0001', '7')).toBeNull();
  });
});

describe(isPenunjangCode.name, () => {
  it('is true for both forms and false otherwise', () => {
    expect([isPenunjangCode('X.XX.01.1.01.0001'), isPenunjangCode('2.16.01.1.01.0001'), isPenunjangCode('2.16.03.1.02.0039')]).toEqual([true, true, false]);
  });
});
