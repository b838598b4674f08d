import { loadReferenceCatalog, pairSubKegiatan } from '@selaras/domain-nomenclature';
import { OverlapReviewStateV1 } from '@selaras/contracts';
import { findOverlaps, locatedIn, sharedLocations, withReview } from './overlaps';
import { pairIndex } from './pair-index';
import { aProposalFact } from './testing/sync-facts.builders';

describe(locatedIn.name, () => {
  it('takes the kab/kota itself and places inside it, not a neighbour with a longer code', () => {
    expect(locatedIn('81.71', '81.71')).toBe(true);
    expect(locatedIn('81.71.03', '81.71')).toBe(true);
    expect(locatedIn('81.7', '81.71')).toBe(false);
    expect(locatedIn('81.72', '81.71')).toBe(false);
  });
});

describe(sharedLocations.name, () => {
  it('meets at the kab/kota: every location of the kab/kota usulan', () => {
    expect(sharedLocations('81', ['81.71'], '81.71', ['81.71.02', '81.71.03'])).toEqual(['81.71.02', '81.71.03']);
  });

  it('meets inside the kab/kota where one place contains the other, not in a neighbouring kecamatan', () => {
    expect(sharedLocations('81', ['81.71.02'], '81.71', ['81.71'])).toEqual(['81.71.02']);
    expect(sharedLocations('81', ['81.71.02'], '81.71', ['81.71.02.1001'])).toEqual(['81.71.02.1001']);
    expect(sharedLocations('81', ['81.71.02.1001'], '81.71', ['81.71.02'])).toEqual(['81.71.02.1001']);
    expect(sharedLocations('81', ['81.71.02'], '81.71', ['81.71.03'])).toEqual([]);
  });

  it('meets everywhere for a province-wide usulan (the province code)', () => {
    expect(sharedLocations('81', ['81'], '81.71', ['81.71.04'])).toEqual(['81.71.04']);
  });

  it('does not meet when the province works in another kab/kota', () => {
    expect(sharedLocations('81', ['81.72', '81.01.05'], '81.71', ['81.71'])).toEqual([]);
  });
});

describe(findOverlaps.name, () => {
  // The real 2027 catalog, paired as reporting pairs it.
  const pairs = pairIndex('sipd-2027', pairSubKegiatan(loadReferenceCatalog('sipd-2027').rows));
  const province = (subKegiatan: string, locations = ['81.71']) => aProposalFact({ id: `prov-${subKegiatan}`, region: '81', subKegiatan, locations });
  const ambon = (subKegiatan: string, locations = ['81.71']) => aProposalFact({ id: `ambon-${subKegiatan}`, region: '81.71', subKegiatan, locations });

  it('finds PROV 2.16.03.1.02.0039 and KABKOT 2.16.03.2.02.0040, both "Penyediaan Akses Internet", in 81.71', () => {
    const overlaps = findOverlaps('81', [province('2.16.03.1.02.0039'), ambon('2.16.03.2.02.0040')], pairs);
    expect(overlaps).toEqual([
      {
        id: 'prov-2.16.03.1.02.0039~ambon-2.16.03.2.02.0040',
        region: '81.71',
        basis: 'same-name',
        locations: ['81.71'],
        provinceProposal: expect.objectContaining({ id: 'prov-2.16.03.1.02.0039', subKegiatan: '2.16.03.1.02.0039', paguIndikatif: 150_000_000, status: 'submitted', opd: 'Dinas Komunikasi dan Informatika' }),
        kabKotaProposal: expect.objectContaining({ id: 'ambon-2.16.03.2.02.0040', subKegiatan: '2.16.03.2.02.0040' }),
        review: null,
        open: true,
      },
    ]);
  });

  it('does not take a new senior high school (PROV 1.01.02.1.01.0001) and a new primary school (KABKOT 1.01.02.2.01.0001) for an overlap', () => {
    expect(findOverlaps('81', [province('1.01.02.1.01.0001'), ambon('1.01.02.2.01.0001')], pairs)).toEqual([]);
  });

  it('does not take the province\'s Jaringan Intra (2.16.03.1.02.0042) and the kab/kota\'s Akses Internet (2.16.03.2.02.0040) for an overlap', () => {
    expect(findOverlaps('81', [province('2.16.03.1.02.0042'), ambon('2.16.03.2.02.0040')], pairs)).toEqual([]);
  });

  it('never takes program penunjang for an overlap, whatever the bidang', () => {
    expect(findOverlaps('81', [province('2.16.01.1.01.0001'), ambon('2.16.01.2.01.0001'), province('X.XX.01.1.01.0001'), ambon('X.XX.01.2.01.0001')], pairs)).toEqual([]);
  });

  it('finds a province-wide usulan and one inside the kab/kota', () => {
    const overlaps = findOverlaps('81', [province('2.16.03.1.02.0039', ['81']), ambon('2.16.03.2.02.0040', ['81.71.02'])], pairs);
    expect(overlaps.map((o) => o.locations)).toEqual([['81.71.02']]);
  });

  it('ignores a paired usulan when the province works elsewhere', () => {
    expect(findOverlaps('81', [province('2.16.03.1.02.0039', ['81.72']), ambon('2.16.03.2.02.0040')], pairs)).toEqual([]);
  });
});

describe(withReview.name, () => {
  const base = findOverlaps(
    '81',
    [aProposalFact({ id: 'p', region: '81', subKegiatan: '2.16.03.1.02.0039', locations: ['81.71'] }), aProposalFact({ id: 'k', region: '81.71', subKegiatan: '2.16.03.2.02.0040', paguIndikatif: 200_000_000 })],
    pairIndex('t', [{ prov: '2.16.03.1.02.0039', kabKota: '2.16.03.2.02.0040', basis: 'same-name' }]),
  )[0];
  const review = (overrides: Partial<OverlapReviewStateV1> = {}): OverlapReviewStateV1 => ({
    id: base.id, province: '81', region: '81.71', year: 2027,
    provinceSide: { proposalId: 'p', region: '81', subKegiatan: '2.16.03.1.02.0039', locations: ['81.71'], paguIndikatif: 150_000_000 },
    kabKotaSide: { proposalId: 'k', region: '81.71', subKegiatan: '2.16.03.2.02.0040', locations: ['81.71'], paguIndikatif: 200_000_000 },
    verdict: 'sinergi', note: 'Berbagi titik akses', status: 'reviewed', reviewedBy: 'koordinator@81', reviewedAt: '2026-12-07T10:00:00.000Z', revision: 1, updatedAt: '2026-12-07T10:00:00.000Z',
    ...overrides,
  });

  it('is open without a review', () => {
    expect(withReview(base, undefined)).toMatchObject({ open: true, review: null });
  });

  it('is reviewed while both usulan keep the sub kegiatan and pagu reviewed', () => {
    expect(withReview(base, review())).toMatchObject({ open: false, review: { verdict: 'sinergi', note: 'Berbagi titik akses', status: 'reviewed', reviewedBy: 'koordinator@81' } });
  });

  it('is open again when reopened, or when an usulan changed before the reopening arrived', () => {
    expect(withReview(base, review({ status: 'reopened', reopenReason: 'pagu' }))).toMatchObject({ open: true, review: { status: 'reopened', reopenReason: 'pagu' } });
    expect(withReview({ ...base, kabKotaProposal: { ...base.kabKotaProposal, paguIndikatif: 250_000_000 } }, review())).toMatchObject({ open: true, review: { status: 'reopened' } });
  });
});
