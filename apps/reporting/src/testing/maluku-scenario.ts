import { randomUUID } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { aProposalState, aSpbeIndexComputed, NomenclatureEntryV1, PriorityStateV1, ProposalStateV1 } from '@selaras/contracts';
import { publishActivation, publishCatalog, publishPriorities, publishProposals, publishSpbe, revisions } from './publish-events';

/**
 * A hand-built Maluku (81) for one planning year, published as real events:
 * - two provincial priorities (program 2.16.02 and kegiatan 1.02.02.1.01) and a withdrawn one;
 * - Kota Ambon supports both, and funds a health facility in 81.71.02 where the province does too
 *   (an overlap), and handles public complaints, which the province funds province-wide (another);
 * - Kota Tual uses a retired code (successor …0032) and an unknown one, and its only health usulan
 *   was rejected (the gap);
 * - Kabupaten Maluku Tengah uses a provincial code (wrong level); its health usulan at the place the
 *   province also works was rejected, so there is no overlap;
 * - SPBE of the year before: Ambon self and final with a target, Tual self only, the province final.
 * Codes are real 2027 entries (Kominfo 2.16.02, health 1.02.02) that no other test retires, and
 * made-up ones (…0919, …0977) that no real list has, so other suites sharing the topics do not
 * change these figures.
 */
export interface MalukuScenario {
  year: number;
  spbeYear: number;
  versionId: string;
  priorities: { digital: PriorityStateV1; health: PriorityStateV1; withdrawn: PriorityStateV1 };
  usulan: Record<'a1' | 'a2' | 'a3' | 't1' | 't2' | 't3' | 'm1' | 'm2' | 'pv1' | 'pv2', ProposalStateV1>;
}

const KOMINFO = { bidangCode: '2.16', bidangName: 'URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA', programCode: '2.16.02', programName: 'PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK' };
const KESEHATAN = { bidangCode: '1.02', bidangName: 'URUSAN PEMERINTAHAN BIDANG KESEHATAN', programCode: '1.02.02', programName: 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT' };

function entry(versionId: string, e: Omit<NomenclatureEntryV1, 'versionId' | 'spm'>): NomenclatureEntryV1 {
  return { spm: false, versionId, ...e } as NomenclatureEntryV1;
}

/** Real entries of the 2027 list (the Kominfo and health codes the scenario uses). */
export function catalogOf(versionId: string): NomenclatureEntryV1[] {
  const ikpKab = { ...KOMINFO, kegiatanCode: '2.16.02.2.01', kegiatanName: 'Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota' };
  return [
    entry(versionId, { level: 'KABKOT', code: '2.16.02.2.01.0028', name: 'Pengelolaan Pengaduan Masyarakat', satuan: '%', ...ikpKab }),
    entry(versionId, { level: 'KABKOT', code: '2.16.02.2.01.0032', name: 'Penyusunan Konten', satuan: 'Konten', replaces: '2.16.02.2.01.0919', ...ikpKab }),
    entry(versionId, {
      level: 'KABKOT', code: '1.02.02.2.01.0003', name: 'Pembangunan Fasilitas Kesehatan Lainnya', ...KESEHATAN,
      kegiatanCode: '1.02.02.2.01', kegiatanName: 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota', satuan: 'Unit',
    }),
    entry(versionId, {
      level: 'PROV', code: '1.02.02.1.01.0002', name: 'Pembangunan Fasilitas Kesehatan Lainnya', ...KESEHATAN,
      kegiatanCode: '1.02.02.1.01', kegiatanName: 'Penyediaan Fasilitas Pelayanan, Sarana, Prasarana dan Alat Kesehatan untuk UKP Rujukan, UKM dan UKM Rujukan Tingkat Daerah Provinsi', satuan: 'Unit',
    }),
    entry(versionId, {
      level: 'PROV', code: '2.16.02.1.01.0032', name: 'Pengelolaan Pengaduan Masyarakat', ...KOMINFO,
      kegiatanCode: '2.16.02.1.01', kegiatanName: 'Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Provinsi', satuan: '%',
    }),
  ];
}

function priority(year: number, code: string, title: string, status: 'active' | 'withdrawn' = 'active', revision = 1, id = randomUUID()): PriorityStateV1 {
  return { id, province: '81', year, title, code, status, revision, declaredBy: 'koordinator@81', updatedAt: new Date().toISOString() } as PriorityStateV1;
}

const DINKES = { code: '1.02.0.00.0.00.01.0000', name: 'Dinas Kesehatan' };
const KOMINFO_OPD = { code: '2.16.0.00.0.00.01.0000', name: 'Dinas Komunikasi dan Informatika' };

function usulan(year: number, overrides: Partial<ProposalStateV1>): ProposalStateV1 {
  return aProposalState({ id: randomUUID(), year, stage: 'rancangan', spbeIndicators: [], locations: [overrides.region ?? '81.71'], ...overrides });
}

export function malukuUsulan(year: number): MalukuScenario['usulan'] {
  return {
    a1: usulan(year, { region: '81.71', subKegiatan: '2.16.02.2.01.0028', paguIndikatif: 150_000_000, status: 'agreed', spbeIndicators: [42], opd: KOMINFO_OPD }),
    a2: usulan(year, { region: '81.71', subKegiatan: '1.02.02.2.01.0003', paguIndikatif: 400_000_000, status: 'submitted', stage: 'rancangan_awal', locations: ['81.71.02'], opd: DINKES }),
    a3: usulan(year, { region: '81.71', subKegiatan: '2.16.02.2.01.0028', paguIndikatif: 99_000_000, status: 'withdrawn', stage: 'rancangan_awal' }),
    t1: usulan(year, { region: '81.72', subKegiatan: '2.16.02.2.01.0919', paguIndikatif: 75_000_000, status: 'draft', stage: 'rancangan_awal' }),
    t2: usulan(year, { region: '81.72', subKegiatan: '2.16.02.2.01.0977', paguIndikatif: 25_000_000, status: 'submitted' }),
    t3: usulan(year, { region: '81.72', subKegiatan: '1.02.02.2.01.0003', paguIndikatif: 60_000_000, status: 'rejected', opd: DINKES }),
    m1: usulan(year, { region: '81.01', subKegiatan: '1.02.02.2.01.0003', paguIndikatif: 300_000_000, status: 'rejected', stage: 'penetapan', locations: ['81.01.05'], opd: DINKES }),
    m2: usulan(year, { region: '81.01', subKegiatan: '2.16.02.1.01.0032', paguIndikatif: 50_000_000, status: 'submitted', stage: 'rancangan_akhir' }),
    pv1: usulan(year, { region: '81', subKegiatan: '1.02.02.1.01.0002', paguIndikatif: 2_000_000_000, status: 'agreed', locations: ['81.71.02', '81.01.05'], opd: DINKES }),
    pv2: usulan(year, { region: '81', subKegiatan: '2.16.02.1.01.0032', paguIndikatif: 500_000_000, status: 'submitted', locations: ['81'], spbeIndicators: [9] }),
  };
}

/** Every state an usulan went through: agreed ones were drafted and submitted first. */
function history(state: ProposalStateV1): ProposalStateV1[] {
  const path = { draft: ['draft'], submitted: ['draft', 'submitted'], agreed: ['draft', 'submitted', 'agreed'], rejected: ['draft', 'submitted', 'rejected'], deferred: ['draft', 'submitted', 'deferred'], withdrawn: ['draft', 'withdrawn'] } as const;
  return revisions(state, path[state.status]);
}

export async function publishMalukuScenario(kafka: Kafka, year: number): Promise<MalukuScenario> {
  const spbeYear = year - 1;
  const versionId = `uji-${year}`;
  const retired = entry('uji-lama', { level: 'KABKOT', code: '2.16.02.2.01.0919', name: 'Pengelolaan Media Center (lama)', ...KOMINFO, kegiatanCode: '2.16.02.2.01', kegiatanName: 'Pengelolaan Informasi dan Komunikasi Publik', satuan: 'Dokumen' });
  await publishCatalog(kafka, [retired, ...catalogOf(versionId), { tombstone: 'KABKOT:2.16.02.2.01.0919' }]);
  // Activated now, so it is the latest version beside every version other specs activated before.
  await publishActivation(kafka, {
    versionId, label: `Kepmendagri uji ${year}`, entryCount: 5, previousVersionId: 'uji-lama', at: new Date().toISOString(),
    retired: [{ level: 'KABKOT', code: '2.16.02.2.01.0919', successor: '2.16.02.2.01.0032' }],
  });

  const withdrawnId = randomUUID();
  const priorities = {
    digital: priority(year, '2.16.02', 'Keterbukaan informasi dan layanan pengaduan publik'),
    health: priority(year, '1.02.02.1.01', 'Pemerataan fasilitas kesehatan'),
    withdrawn: priority(year, '3.27.03', 'Prioritas yang dibatalkan', 'withdrawn', 2, withdrawnId),
  };
  await publishPriorities(kafka, [priorities.digital, priorities.health, priority(year, '3.27.03', 'Prioritas yang dibatalkan', 'active', 1, withdrawnId), priorities.withdrawn]);

  const u = malukuUsulan(year);
  const all = Object.values(u).flatMap(history);
  // A late copy of an older revision (a redelivery with a new event id) must not win.
  await publishProposals(kafka, [...all, { ...u.a1, status: 'submitted', revision: 2 }]);

  const weakest = (region: string) =>
    region === '81.72'
      ? [{ no: 9, name: 'Kebijakan Internal Layanan Publik Berbasis Elektronik', level: 1, weight: 2, domainNo: 1, aspectNo: 1 }]
      : [
          { no: 42, name: 'Tingkat Kematangan Layanan Pengaduan Pelayanan Publik', level: 1, weight: 3, domainNo: 4, aspectNo: 8 },
          { no: 32, name: 'Tingkat Kematangan Arsitektur SPBE', level: 2, weight: 2.5, domainNo: 3, aspectNo: 5 },
        ];
  const index = (region: string, kind: 'self' | 'final', value: string, predikat: string, target?: number) =>
    ({ index: aSpbeIndexComputed({ region, year: spbeYear, kind, index: Number(value), indexText: value, predikat, target, gap: undefined, weakest: weakest(region) }) });
  await publishSpbe(kafka, [
    index('81.71', 'self', '2.80', 'Baik', 3.2),
    index('81.71', 'final', '3.03', 'Baik', 3.2),
    index('81.72', 'self', '2.10', 'Cukup'),
    index('81', 'final', '3.20', 'Baik', 3),
    { target: { region: '81.71', year, target: 3.5, setBy: 'koordinator@81', setAt: new Date().toISOString() } },
    { target: { region: '81.01', year, target: 2.6, setBy: 'koordinator@81', setAt: new Date().toISOString() } },
  ]);
  return { year, spbeYear, versionId, priorities, usulan: u };
}
