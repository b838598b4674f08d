import { findOverlaps, locatedIn } from './overlaps';
import { aProposalFact } from './testing/sync-facts.builders';

describe(locatedIn.name, () => {
  it('takes the kab/kota itself and places inside it, not a neighbour with a longer code', () => {
    expect(locatedIn('81.71', '81.71')).toBe(true);
    expect(locatedIn('81.71.03', '81.71')).toBe(true);
    expect(locatedIn('81.7', '81.71')).toBe(false);
    expect(locatedIn('81.72', '81.71')).toBe(false);
  });
});

describe(findOverlaps.name, () => {
  const provincial = aProposalFact({ id: 'prov', region: '81', subKegiatan: '1.02.02.1.01.0012', kegiatanKey: '1.02.02.01', locations: ['81.71.02', '81.71.04', '81.01'] });

  it('finds the province and a kab/kota funding the same kegiatan meaning at a place of that kab/kota', () => {
    const local = aProposalFact({ id: 'ambon', region: '81.71', subKegiatan: '1.02.02.2.01.0020', kegiatanKey: '1.02.02.01' });
    expect(findOverlaps('81', [provincial, local])).toEqual([
      {
        kegiatanKey: '1.02.02.01',
        region: '81.71',
        locations: ['81.71.02', '81.71.04'],
        provinceProposal: { id: 'prov', region: '81', subKegiatan: '1.02.02.1.01.0012', paguIndikatif: 150_000_000, status: 'submitted', opd: 'Dinas Komunikasi dan Informatika' },
        kabKotaProposal: { id: 'ambon', region: '81.71', subKegiatan: '1.02.02.2.01.0020', paguIndikatif: 150_000_000, status: 'submitted', opd: 'Dinas Komunikasi dan Informatika' },
      },
    ]);
  });

  it('ignores a kab/kota usulan of the same kegiatan when the province works elsewhere', () => {
    expect(findOverlaps('81', [provincial, aProposalFact({ region: '81.72', kegiatanKey: '1.02.02.01' })])).toEqual([]);
  });

  it('ignores another kegiatan at the same place', () => {
    expect(findOverlaps('81', [provincial, aProposalFact({ region: '81.71', kegiatanKey: '1.02.02.03' })])).toEqual([]);
  });
});
