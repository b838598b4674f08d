import { kotaAmbon, MIXED_ASSESSMENT, MIXED_EXPECTED, permenPanRb59 } from '../testing/framework.fixtures';
import { recordedLevels } from '../testing/assessment.fixtures';
import { assessmentView, AssessmentViewInput, gapOf } from './assessment-view';

function view(ranges: readonly [number, number, number][], overrides: Partial<AssessmentViewInput> = {}) {
  return assessmentView({ region: kotaAmbon(), year: 2025, kind: 'self', framework: permenPanRb59(), levels: recordedLevels(ranges), target: null, ...overrides });
}

describe(assessmentView.name, () => {
  it('gives 3.00 Baik with every indicator at level 3', () => {
    const result = view([[1, 47, 3]]);
    expect(result).toMatchObject({ region: '81.71', regionName: 'Kota Ambon', complete: true, index: 3, indexText: '3.00', predikat: 'Baik', assessed: 47, total: 47, missing: [] });
    expect(result.framework).toEqual({ id: 'permenpanrb-59-2020', version: '59/2020', name: 'Indeks SPBE', provisional: false });
  });

  it('matches the mixed assessment worked by hand, domains and aspects included', () => {
    const result = view(MIXED_ASSESSMENT);
    expect([result.indexText, result.predikat]).toEqual([MIXED_EXPECTED.indexText, MIXED_EXPECTED.predikat]);
    expect(result.domains.map((d) => d.indexText)).toEqual(MIXED_EXPECTED.domains);
    expect(result.domains.flatMap((d) => d.aspects.map((a) => a.indexText))).toEqual(MIXED_EXPECTED.aspects);
    expect(result.weakest.map((w) => w.no)).toEqual(MIXED_EXPECTED.weakest);
    expect(result.weakest[0]).toMatchObject({ level: 1, levelName: 'Rintisan', weightPct: 1.5, domainNo: 3, aspectNo: 5 });
  });

  it('reports the gap to the target in exact hundredths', () => {
    expect(view(MIXED_ASSESSMENT, { target: 3 })).toMatchObject({ target: 3, gap: 0.34 });
    expect(view([[1, 47, 4]], { target: 3.5 })).toMatchObject({ gap: -0.5 });
  });

  it('shows no index, predikat or gap for an incomplete assessment, and names what is missing', () => {
    const result = view([[1, 45, 3]], { target: 3.5 });
    expect(result).toMatchObject({ complete: false, index: null, indexText: null, predikat: null, gap: null, target: 3.5, assessed: 45, missing: [46, 47] });
    expect(result.domains.map((d) => d.indexText)).toEqual(['3.00', '3.00', '3.00', null]);
    expect(result.domains[3].missing).toEqual([46, 47]);
  });

  it('lists every indicator with its level, or null when not yet recorded', () => {
    const result = view([[1, 1, 2]]);
    expect(result.indicators).toHaveLength(47);
    expect(result.indicators[0]).toMatchObject({ no: 1, level: 2, levelName: 'Terkelola', recordedBy: 'operator@81.71', recordedAt: '2025-03-01T08:00:00.000Z' });
    expect(result.indicators[46]).toMatchObject({ no: 47, level: null, levelName: null, evidence: null });
  });
});

describe(gapOf.name, () => {
  it('avoids float noise: 3.50 − 3.03 is 0.47', () => {
    expect(gapOf(3.5, { value: 3.03, hundredths: 303, rounded: 3.03, text: '3.03' })).toBe(0.47);
  });
});
