import { OverlapReviewStateV1 } from '@selaras/contracts';
import { reopened, reopenReason } from './reopen-review';

const PROV = '11111111-1111-4111-8111-111111111111';
const KAB = '22222222-2222-4222-8222-222222222222';

function aReview(): OverlapReviewStateV1 {
  return {
    id: `${PROV}~${KAB}`, province: '81', region: '81.71', year: 2027,
    provinceSide: { proposalId: PROV, region: '81', subKegiatan: '2.16.03.1.02.0039', locations: ['81.71'], paguIndikatif: 500_000_000 },
    kabKotaSide: { proposalId: KAB, region: '81.71', subKegiatan: '2.16.03.2.02.0040', locations: ['81.71.02'], paguIndikatif: 200_000_000 },
    verdict: 'sinergi', note: 'Provinsi membiayai backbone, kota titik akses', status: 'reviewed', reviewedBy: 'koordinator@81', reviewedAt: '2026-12-07T10:00:00.000Z',
    revision: 1, updatedAt: '2026-12-07T10:00:00.000Z',
  };
}

describe(reopenReason.name, () => {
  it('reopens when the kab/kota usulan changes its pagu, naming the change', () => {
    expect(reopenReason(aReview(), { proposalId: KAB, subKegiatan: '2.16.03.2.02.0040', locations: ['81.71.02'], paguIndikatif: 250_000_000 })).toBe(`usulan ${KAB}: pagu 200000000 → 250000000`);
  });

  it('reopens when the province usulan changes its sub kegiatan or its locations', () => {
    expect(reopenReason(aReview(), { proposalId: PROV, subKegiatan: '2.16.03.1.02.0042', locations: ['81.71'], paguIndikatif: 500_000_000 })).toContain('sub kegiatan');
    expect(reopenReason(aReview(), { proposalId: PROV, subKegiatan: '2.16.03.1.02.0039', locations: ['81.71', '81.72'], paguIndikatif: 500_000_000 })).toContain('lokasi');
  });

  it('does not reopen for the same places in another order, or for an usulan not in the overlap', () => {
    const review = { ...aReview(), kabKotaSide: { ...aReview().kabKotaSide, locations: ['81.71.02', '81.71.03'] } };
    expect(reopenReason(review, { proposalId: KAB, subKegiatan: '2.16.03.2.02.0040', locations: ['81.71.03', '81.71.02'], paguIndikatif: 200_000_000 })).toBeNull();
    expect(reopenReason(aReview(), { proposalId: '33333333-3333-4333-8333-333333333333', subKegiatan: 'x', locations: [], paguIndikatif: 1 })).toBeNull();
  });
});

describe(reopened.name, () => {
  it('keeps the verdict for the record, marks it reopened with why, and bumps the revision', () => {
    expect(reopened(aReview(), 'why', new Date('2026-12-08T00:00:00Z'))).toMatchObject({ verdict: 'sinergi', status: 'reopened', reopenReason: 'why', reopenedAt: '2026-12-08T00:00:00.000Z', revision: 2 });
  });
});
