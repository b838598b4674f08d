import { NO_PAIRS } from '../pair-index';
import { CodeFact, PriorityFact, ProposalFact, SpbeFacts, SpbeIndexFact, SpbeTargetFact, SyncFacts } from '../sync-facts';

export const PEMDI = 'permenpanrb-8-2026';
export const SPBE_59 = 'permenpanrb-59-2020';

export function aPriority(overrides: Partial<PriorityFact> = {}): PriorityFact {
  return { id: 'p-spbe', code: '2.16.03', title: 'Transformasi digital pemerintahan', ...overrides };
}

export function aProposalFact(overrides: Partial<ProposalFact> = {}): ProposalFact {
  return {
    id: 'u-1',
    region: '81.71',
    subKegiatan: '2.16.03.2.02.0041',
    subKegiatanName: 'Koordinasi Pelaksanaan SPBE',
    locations: ['81.71'],
    paguIndikatif: 150_000_000,
    status: 'submitted',
    opd: 'Dinas Komunikasi dan Informatika',
    ...overrides,
  };
}

export function aCodeFact(overrides: Partial<CodeFact> = {}): CodeFact {
  return { id: 'u-1', region: '81.71', subKegiatan: '2.16.03.2.02.0099', status: 'draft', paguIndikatif: 50_000_000, retired: false, successor: null, replacedBy: null, ...overrides };
}

export function anSpbeIndex(overrides: Partial<SpbeIndexFact> = {}): SpbeIndexFact {
  return {
    region: '81.71',
    year: 2026,
    kind: 'final',
    frameworkId: PEMDI,
    index: 3.03,
    indexText: '3.03',
    predikat: 'Baik',
    target: null,
    weakest: [{ no: 20, name: 'Tingkat Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah', level: 1, weight: 15 }],
    ...overrides,
  };
}

/** An Indeks SPBE (59/2020) index of 2025, the last year under that framework. */
export function anSpbe59Index(overrides: Partial<SpbeIndexFact> = {}): SpbeIndexFact {
  return anSpbeIndex({ year: 2025, frameworkId: SPBE_59, weakest: [{ no: 42, name: 'Layanan Pengaduan Pelayanan Publik', level: 1, weight: 3 }], ...overrides });
}

export function anSpbeTarget(overrides: Partial<SpbeTargetFact> = {}): SpbeTargetFact {
  return { region: '81.71', year: 2027, target: 3.5, frameworkId: PEMDI, ...overrides };
}

export function spbeFacts(overrides: Partial<SpbeFacts> = {}): SpbeFacts {
  return { indexes: [], targets: [], addressed: new Map(), ...overrides };
}

export function someSyncFacts(overrides: Partial<SyncFacts> = {}): SyncFacts {
  return {
    province: { code: '81', name: 'Maluku', kind: 'provinsi' },
    kabKota: [
      { code: '81.71', name: 'Kota Ambon', kind: 'kota' },
      { code: '81.72', name: 'Kota Tual', kind: 'kota' },
    ],
    year: 2027,
    stage: null,
    catalog: { activeVersion: 'v2027', entries: 10 },
    counts: [],
    paguByBidang: [],
    paguByProgram: [],
    supportKeys: [],
    priorities: [],
    overlapCandidates: [],
    pairs: NO_PAIRS,
    overlapReviews: new Map(),
    codeFacts: [],
    spbe: spbeFacts(),
    ...overrides,
  };
}
