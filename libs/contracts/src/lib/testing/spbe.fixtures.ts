import { SpbeIndexComputedV1, SpbeLevelRecordedV1, SpbeTargetSetV1 } from '../spbe/spbe-events.v1';

/** Kota Ambon's self-assessment of indicator 32 at level 3; pass overrides for the case under test. */
export function aSpbeLevelRecorded(overrides: Partial<SpbeLevelRecordedV1> = {}): SpbeLevelRecordedV1 {
  return {
    region: '81.71',
    year: 2025,
    frameworkId: 'permenpanrb-59-2020',
    frameworkVersion: '59/2020',
    kind: 'self',
    indicatorNo: 32,
    level: 3,
    evidence: { note: 'SK Wali Kota tentang e-Office', documentRef: 'arsip://81.71/spbe/2025/32' },
    recordedBy: 'operator@81.71',
    recordedAt: new Date().toISOString(),
    ...overrides,
  } as SpbeLevelRecordedV1;
}

/** A complete assessment of Kota Ambon with every indicator at level 3 (index 3.00 Baik). */
export function aSpbeIndexComputed(overrides: Partial<SpbeIndexComputedV1> = {}): SpbeIndexComputedV1 {
  return {
    region: '81.71',
    year: 2025,
    frameworkId: 'permenpanrb-59-2020',
    frameworkVersion: '59/2020',
    kind: 'final',
    index: 3,
    indexText: '3.00',
    predikat: 'Baik',
    domains: [
      { no: 1, name: 'Kebijakan Internal SPBE', index: 3, weightPct: 13 },
      { no: 2, name: 'Tata Kelola SPBE', index: 3, weightPct: 25 },
      { no: 3, name: 'Manajemen SPBE', index: 3, weightPct: 16.5 },
      { no: 4, name: 'Layanan SPBE', index: 3, weightPct: 45.5 },
    ],
    aspects: [{ no: 7, name: 'Layanan Administrasi Pemerintahan Berbasis Elektronik', index: 3, weightPct: 27.5 }],
    weakest: [{ no: 42, name: 'Tingkat Kematangan Layanan Pengaduan Pelayanan Publik', level: 3, weight: 3, domainNo: 4, aspectNo: 8 }],
    target: 3.5,
    gap: 0.5,
    computedAt: new Date().toISOString(),
    ...overrides,
  } as SpbeIndexComputedV1;
}

export function aSpbeTargetSet(overrides: Partial<SpbeTargetSetV1> = {}): SpbeTargetSetV1 {
  return { region: '81.71', year: 2025, target: 3.5, setBy: 'koordinator@81', setAt: new Date().toISOString(), ...overrides } as SpbeTargetSetV1;
}

/** Kota Ambon's 2026 final assessment under Indeks Pemdi (8/2026): every indicator at level 3, aspects only. */
export function aPemdiIndexComputed(overrides: Partial<SpbeIndexComputedV1> = {}): SpbeIndexComputedV1 {
  const aspects = ['Tata Kelola dan Manajemen', 'Penyelenggara', 'Data', 'Keamanan Pemdi', 'Teknologi Pemdi', 'Keterpaduan Layanan Digital Pemerintah', 'Kepuasan Pengguna Layanan Digital Pemerintah'];
  const weights = [10, 10, 15, 15, 10, 15, 25];
  return aSpbeIndexComputed({
    year: 2026,
    frameworkId: 'permenpanrb-8-2026',
    frameworkVersion: '8/2026',
    frameworkName: 'Indeks Pemdi',
    provisional: true,
    domains: [],
    aspects: aspects.map((name, i) => ({ no: i + 1, name, index: 3, weightPct: weights[i] })),
    weakest: [{ no: 20, name: 'Tingkat Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah', level: 3, weight: 15, aspectNo: 7 }],
    target: undefined,
    gap: undefined,
    ...overrides,
  });
}
