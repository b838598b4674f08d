import { NO_PAIRS } from '../pair-index';
import { CodeFact, PriorityFact, ProposalFact, SpbeFacts, SpbeIndexFact, SyncFacts } from '../sync-facts';

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
    index: 3.03,
    indexText: '3.03',
    predikat: 'Baik',
    target: null,
    weakest: [{ no: 42, name: 'Layanan Pengaduan Pelayanan Publik', level: 1, weight: 3 }],
    ...overrides,
  };
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
