import { paguLines, proposalCounts } from './proposal-counts';

describe(proposalCounts.name, () => {
  it('counts every status and stage, zero included, and the furthest stage of active usulan', () => {
    const counts = proposalCounts([
      { region: '81.71', status: 'agreed', stage: 'rancangan', count: 2, pagu: 10 },
      { region: '81.71', status: 'withdrawn', stage: 'rancangan_akhir', count: 1, pagu: 5 },
      { region: '81.71', status: 'draft', stage: 'rancangan_awal', count: 3, pagu: 1 },
    ]);
    expect(counts).toEqual({
      total: 6,
      byStatus: { draft: 3, submitted: 0, agreed: 2, rejected: 0, deferred: 0, withdrawn: 1 },
      byStage: { rancangan_awal: 3, rancangan: 2, rancangan_akhir: 1, penetapan: 0 },
      stageReached: 'rancangan',
    });
  });

  it('has no stage reached without active usulan', () => {
    expect(proposalCounts([]).stageReached).toBeNull();
  });
});

describe(paguLines.name, () => {
  it('sums per code across regions, largest first', () => {
    expect(
      paguLines([
        { region: '81.71', code: '2.16', name: 'Kominfo', pagu: 100, count: 1 },
        { region: '81.72', code: '1.02', name: 'Kesehatan', pagu: 150, count: 2 },
        { region: '81.72', code: '2.16', name: 'Kominfo', pagu: 100, count: 1 },
      ]),
    ).toEqual([
      { code: '2.16', name: 'Kominfo', pagu: 200, count: 2 },
      { code: '1.02', name: 'Kesehatan', pagu: 150, count: 2 },
    ]);
  });
});
