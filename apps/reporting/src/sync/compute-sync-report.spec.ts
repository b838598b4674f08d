import { computeSyncReport } from './compute-sync-report';
import { aCodeFact, aPriority, aProposalFact, anSpbeIndex, someSyncFacts, spbeFacts } from './testing/sync-facts.builders';

describe(computeSyncReport.name, () => {
  it('lists the province first and every kab/kota, also those without data', () => {
    const report = computeSyncReport(someSyncFacts(), new Date('2027-01-01T00:00:00Z'));
    expect(report.regions.map((r) => r.region)).toEqual(['81', '81.71', '81.72']);
    expect(report.regions[2]).toMatchObject({ proposals: { total: 0, stageReached: null }, pagu: { total: 0, byBidang: [] }, overlaps: [], invalidCodes: [], spbe: null });
    expect(report.generatedAt).toBe('2027-01-01T00:00:00.000Z');
  });

  it('says nothing about alignment (null, not 0 %) while the province has declared no priority', () => {
    const report = computeSyncReport(someSyncFacts({ priorities: [], supportKeys: [{ region: '81.71', programKey: '2.16.03', kegiatanKey: '2.16.03.02' }] }));
    expect(report.regions.map((r) => r.alignment)).toEqual(report.regions.map(() => expect.objectContaining({ priorities: 0, supported: 0, percent: null })));
    expect(report.regions.every((r) => r.gaps.length === 0)).toBe(true);
  });

  it('puts each figure on its region and totals them', () => {
    const report = computeSyncReport(
      someSyncFacts({
        counts: [
          { region: '81.71', status: 'agreed', stage: 'rancangan', count: 1, pagu: 100 },
          { region: '81.72', status: 'draft', stage: 'rancangan_awal', count: 2, pagu: 30 },
        ],
        paguByBidang: [
          { region: '81.71', code: '2.16', name: 'Kominfo', pagu: 100, count: 1 },
          { region: '81.72', code: '2.16', name: 'Kominfo', pagu: 30, count: 2 },
        ],
        priorities: [aPriority({ id: 'a', code: '2.16.03' }), aPriority({ id: 'b', code: '1.02.02.1.01', title: 'Kesehatan' })],
        supportKeys: [{ region: '81.71', programKey: '2.16.03', kegiatanKey: '2.16.03.02' }],
        overlapCandidates: [
          aProposalFact({ id: 'prov', region: '81', kegiatanKey: '2.16.03.02', locations: ['81.71'] }),
          aProposalFact({ id: 'ambon', region: '81.71', kegiatanKey: '2.16.03.02' }),
        ],
        codeFacts: [aCodeFact({ region: '81.72', retired: true, successor: '2.16.03.2.02.0042' })],
        spbe: spbeFacts({ indexes: [anSpbeIndex()] }),
      }),
    );
    const [province, ambon, tual] = report.regions;
    expect(ambon.alignment).toMatchObject({ priorities: 2, supported: 1, percent: 50 });
    expect(tual.gaps.map((g) => g.id)).toEqual(['a', 'b']);
    expect(ambon.overlaps).toHaveLength(1);
    expect(province.overlaps).toHaveLength(1);
    expect(tual.overlaps).toEqual([]);
    expect(tual.invalidCodes).toMatchObject([{ problem: 'retired', successor: '2.16.03.2.02.0042' }]);
    expect(ambon.spbe).toMatchObject({ indexText: '3.03', predikat: 'Baik' });
    expect(report.totals).toMatchObject({ overlaps: 1, invalidCodes: 1, alignmentPercent: 25, pagu: { total: 130 }, proposals: { total: 3 } });
    expect(report.priorities.map((p) => p.supportedBy)).toEqual([['81.71'], []]);
  });
});
