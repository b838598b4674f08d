import { ProposalStateV1 } from '@selaras/contracts';
import { loadRegionDirectory } from '@selaras/domain-region';
import { ProposalCounts, RegionSync, SyncReport } from '../sync/sync-report';
import { MalukuScenario } from './maluku-scenario';

/** Every figure of the Maluku scenario's sync report, worked out by hand from the events published. */
const KOMINFO_BIDANG = 'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA';
const KESEHATAN_BIDANG = 'URUSAN PEMERINTAHAN BIDANG KESEHATAN';
const IKP_PROGRAM = 'PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK';
const UKP_PROGRAM = 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT';

const counts = (byStatus: Partial<Record<string, number>>, byStage: Partial<Record<string, number>>, stageReached: string | null): ProposalCounts => {
  const status = { draft: 0, submitted: 0, agreed: 0, rejected: 0, deferred: 0, withdrawn: 0, ...byStatus };
  return {
    total: Object.values(status).reduce((a, b) => a + b, 0),
    byStatus: status,
    byStage: { rancangan_awal: 0, rancangan: 0, rancangan_akhir: 0, penetapan: 0, ...byStage },
    stageReached,
  } as ProposalCounts;
};

const ref = (p: ProposalStateV1, subKegiatanName: string | null) => ({ id: p.id, region: p.region, subKegiatan: p.subKegiatan, subKegiatanName, paguIndikatif: p.paguIndikatif, status: p.status, opd: p.opd.name });

export function expectedMalukuReport(s: MalukuScenario): Omit<SyncReport, 'generatedAt' | 'catalog'> {
  const { a1, a2, t1, t2, m2, pv1, pv2 } = s.usulan;
  const health = { id: s.priorities.health.id, code: '1.02.02.1.01', title: 'Pemerataan fasilitas kesehatan' };
  const digital = { id: s.priorities.digital.id, code: '2.16.02', title: 'Keterbukaan informasi dan layanan pengaduan publik' };
  const facility = 'Pembangunan Fasilitas Kesehatan Lainnya';
  const overlap = { id: `${pv1.id}~${a2.id}`, region: '81.71', basis: 'same-name' as const, locations: ['81.71.02'], provinceProposal: ref(pv1, facility), kabKotaProposal: ref(a2, facility), review: null, open: true };
  // pv2 is province-wide (located at 81), so it meets Ambon's complaints handling where Ambon works.
  const complaints = 'Pengelolaan Pengaduan Masyarakat';
  const provinceWide = { id: `${pv2.id}~${a1.id}`, region: '81.71', basis: 'same-name' as const, locations: ['81.71'], provinceProposal: ref(pv2, complaints), kabKotaProposal: ref(a1, complaints), review: null, open: true };
  const weakAmbon = (addressed42: boolean) => [
    { no: 42, name: 'Tingkat Kematangan Layanan Pengaduan Pelayanan Publik', level: 1, weight: 3, addressed: addressed42 },
    { no: 32, name: 'Tingkat Kematangan Arsitektur SPBE', level: 2, weight: 2.5, addressed: false },
  ];

  const province: RegionSync = {
    region: '81', name: 'Maluku', kind: 'provinsi',
    proposals: counts({ agreed: 1, submitted: 1 }, { rancangan: 2 }, 'rancangan'),
    pagu: {
      total: 2_500_000_000,
      byBidang: [{ code: '1.02', name: KESEHATAN_BIDANG, pagu: 2_000_000_000, count: 1 }, { code: '2.16', name: KOMINFO_BIDANG, pagu: 500_000_000, count: 1 }],
      byProgram: [{ code: '1.02.02', name: UKP_PROGRAM, pagu: 2_000_000_000, count: 1 }, { code: '2.16.02', name: IKP_PROGRAM, pagu: 500_000_000, count: 1 }],
    },
    alignment: { priorities: 2, supported: 2, percent: 100, supportedPriorities: [health, digital] },
    gaps: [],
    overlaps: [overlap, provinceWide],
    invalidCodes: [],
    spbe: { year: s.spbeYear, kind: 'final', index: 3.2, indexText: '3.20', predikat: 'Baik', target: 3, gap: -0.2, weakest: weakAmbon(false) },
  };
  const ambon: RegionSync = {
    region: '81.71', name: 'Kota Ambon', kind: 'kota',
    proposals: counts({ agreed: 1, submitted: 1, withdrawn: 1 }, { rancangan_awal: 2, rancangan: 1 }, 'rancangan'),
    pagu: {
      total: 550_000_000,
      byBidang: [{ code: '1.02', name: KESEHATAN_BIDANG, pagu: 400_000_000, count: 1 }, { code: '2.16', name: KOMINFO_BIDANG, pagu: 150_000_000, count: 1 }],
      byProgram: [{ code: '1.02.02', name: UKP_PROGRAM, pagu: 400_000_000, count: 1 }, { code: '2.16.02', name: IKP_PROGRAM, pagu: 150_000_000, count: 1 }],
    },
    alignment: { priorities: 2, supported: 2, percent: 100, supportedPriorities: [health, digital] },
    gaps: [],
    overlaps: [overlap, provinceWide],
    invalidCodes: [],
    spbe: { year: s.spbeYear, kind: 'final', index: 3.03, indexText: '3.03', predikat: 'Baik', target: 3.5, gap: 0.47, weakest: weakAmbon(true) },
  };
  const tual: RegionSync = {
    region: '81.72', name: 'Kota Tual', kind: 'kota',
    proposals: counts({ draft: 1, submitted: 1, rejected: 1 }, { rancangan_awal: 1, rancangan: 2 }, 'rancangan'),
    pagu: { total: 100_000_000, byBidang: [{ code: '2.16', name: KOMINFO_BIDANG, pagu: 100_000_000, count: 2 }], byProgram: [{ code: '2.16.02', name: IKP_PROGRAM, pagu: 100_000_000, count: 2 }] },
    alignment: { priorities: 2, supported: 1, percent: 50, supportedPriorities: [digital] },
    gaps: [health],
    overlaps: [],
    invalidCodes: [
      {
        proposalId: t1.id, subKegiatan: '2.16.02.2.01.0919', status: 'draft', paguIndikatif: 75_000_000, problem: 'retired', successor: '2.16.02.2.01.0032',
        reason: '2.16.02.2.01.0919 is retired in the active nomenclature; its successor is 2.16.02.2.01.0032',
      },
      { proposalId: t2.id, subKegiatan: '2.16.02.2.01.0977', status: 'submitted', paguIndikatif: 25_000_000, problem: 'unknown', successor: null, reason: '2.16.02.2.01.0977 is not in the active nomenclature for KABKOT' },
    ],
    spbe: {
      year: s.spbeYear, kind: 'self', index: 2.1, indexText: '2.10', predikat: 'Cukup', target: null, gap: null,
      weakest: [{ no: 9, name: 'Kebijakan Internal Layanan Publik Berbasis Elektronik', level: 1, weight: 2, addressed: false }],
    },
  };
  const malukuTengah: RegionSync = {
    region: '81.01', name: 'Kabupaten Maluku Tengah', kind: 'kabupaten',
    proposals: counts({ rejected: 1, submitted: 1 }, { rancangan_akhir: 1, penetapan: 1 }, 'rancangan_akhir'),
    pagu: { total: 50_000_000, byBidang: [{ code: '2.16', name: KOMINFO_BIDANG, pagu: 50_000_000, count: 1 }], byProgram: [{ code: '2.16.02', name: IKP_PROGRAM, pagu: 50_000_000, count: 1 }] },
    alignment: { priorities: 2, supported: 1, percent: 50, supportedPriorities: [digital] },
    gaps: [health],
    overlaps: [],
    invalidCodes: [
      {
        proposalId: m2.id, subKegiatan: '2.16.02.1.01.0032', status: 'submitted', paguIndikatif: 50_000_000, problem: 'wrong_level', successor: null,
        reason: "a kabupaten/kota may only use level-2 codes; '2.16.02.1.01.0032' has level digit 1 (provinsi)",
      },
    ],
    spbe: { year: null, kind: null, index: null, indexText: null, predikat: null, target: 2.6, gap: null, weakest: [] },
  };
  const known = new Map([ambon, tual, malukuTengah].map((r) => [r.region, r]));
  const empty = (code: string, name: string, kind: RegionSync['kind']): RegionSync => ({
    region: code, name, kind,
    proposals: counts({}, {}, null),
    pagu: { total: 0, byBidang: [], byProgram: [] },
    alignment: { priorities: 2, supported: 0, percent: 0, supportedPriorities: [] },
    gaps: [health, digital],
    overlaps: [],
    invalidCodes: [],
    spbe: null,
  });
  const kabKota = loadRegionDirectory().kabKotaOf('81').map((r) => known.get(r.code) ?? empty(r.code, r.name, r.kind));

  return {
    province: { code: '81', name: 'Maluku' },
    year: s.year,
    stage: null,
    priorities: [
      { ...health, kind: 'kegiatan', matchKey: '1.02.02.01', supportedBy: ['81.71'] },
      { ...digital, kind: 'program', matchKey: '2.16.02', supportedBy: ['81.01', '81.71', '81.72'] },
    ],
    totals: {
      proposals: counts({ draft: 1, submitted: 4, agreed: 2, rejected: 2, withdrawn: 1 }, { rancangan_awal: 3, rancangan: 5, rancangan_akhir: 1, penetapan: 1 }, 'rancangan_akhir'),
      pagu: {
        total: 3_200_000_000,
        byBidang: [{ code: '1.02', name: KESEHATAN_BIDANG, pagu: 2_400_000_000, count: 2 }, { code: '2.16', name: KOMINFO_BIDANG, pagu: 800_000_000, count: 5 }],
        byProgram: [{ code: '1.02.02', name: UKP_PROGRAM, pagu: 2_400_000_000, count: 2 }, { code: '2.16.02', name: IKP_PROGRAM, pagu: 800_000_000, count: 5 }],
      },
      overlaps: 2,
      overlapsOpen: 2,
      overlapsReviewed: 0,
      invalidCodes: 3,
      // Ambon 100, Tual 50, Maluku Tengah 50, the other eight 0: 200 / 11.
      alignmentPercent: 18.2,
    },
    regions: [province, ...kabKota],
  };
}
