import { anSpbe59Index, anSpbeIndex, anSpbeTarget, SPBE_59, spbeFacts } from '../sync/testing/sync-facts.builders';
import { rankBySpbe } from './spbe-ranking';

describe(rankBySpbe.name, () => {
  const regions = [
    { code: '81', name: 'Maluku', kind: 'provinsi' as const },
    { code: '81.71', name: 'Kota Ambon', kind: 'kota' as const },
    { code: '81.72', name: 'Kota Tual', kind: 'kota' as const },
    { code: '81.01', name: 'Kabupaten Maluku Tengah', kind: 'kabupaten' as const },
  ];

  it('ranks by index with shared ranks for equal indexes and no rank without one', () => {
    const facts = spbeFacts({
      indexes: [anSpbeIndex({ region: '81', index: 2.5, indexText: '2.50' }), anSpbeIndex({ region: '81.71', index: 3.03 }), anSpbeIndex({ region: '81.72', index: 2.5, indexText: '2.50' })],
      targets: [anSpbeTarget({ region: '81.71', year: 2027, target: 3 })],
    });
    const ranking = rankBySpbe(regions, facts, 2027);
    expect(ranking.map((r) => [r.region, r.rank])).toEqual([['81.71', 1], ['81', 2], ['81.72', 2], ['81.01', null]]);
    expect(ranking[0]).toMatchObject({ target: 3, gap: -0.03, meetsTarget: true });
    expect(ranking[1]).toMatchObject({ target: null, meetsTarget: null });
  });

  it('ranks 2025 on Indeks SPBE and 2026 on Indeks Pemdi, never the two together', () => {
    const facts = spbeFacts({
      indexes: [anSpbe59Index({ region: '81.71', index: 3.9 }), anSpbe59Index({ region: '81.72', index: 2.2 }), anSpbeIndex({ region: '81.72', year: 2026, index: 2.7 })],
      targets: [anSpbeTarget({ region: '81.71', year: 2026, target: 3.5, frameworkId: SPBE_59 })],
    });
    expect(rankBySpbe(regions, facts, 2025).map((r) => [r.region, r.rank, r.index])).toEqual([['81.71', 1, 3.9], ['81.72', 2, 2.2], ['81', null, null], ['81.01', null, null]]);
    const pemdi = rankBySpbe(regions, facts, 2026);
    expect(pemdi.map((r) => [r.region, r.rank, r.index])).toEqual([['81.72', 1, 2.7], ['81', null, null], ['81.01', null, null], ['81.71', null, null]]);
    expect(pemdi.find((r) => r.region === '81.71')).toMatchObject({ target: null, needsTargetUnder: { id: 'permenpanrb-8-2026', name: 'Indeks Pemdi' } });
  });
});
