import type { CatalogEntry } from '@selaras/domain-nomenclature';
import type { RetiredCodeRecord } from '../entries/retired-code-store.service';
import { planActivation } from './activation-plan';

const entry = (code: string, name: string, previous?: string, level: 'PROV' | 'KABKOT' = 'KABKOT'): CatalogEntry => ({ level, code, name, previous: previous ? { code: previous } : null });
const retiredEarlier = (code: string, successorCodes: string[] = []): RetiredCodeRecord => ({
  level: 'KABKOT', code, name: `old ${code}`, retiredInVersionId: 'v2024', successorCodes, successorReason: successorCodes.length ? 'declared' : null,
});

describe(planActivation.name, () => {
  const v2027 = [entry('2.16.03.2.02.0001', 'Tetap'), entry('2.16.03.2.02.0041', 'Koordinasi SPBE', '2.16.03.2.02.0037'), entry('2.16.03.2.02.0050', 'Layanan Baru')];

  it('publishes everything and retires nothing on the first activation', () => {
    const plan = planActivation([], [], v2027, 'sipd-2027');
    expect(plan).toMatchObject({ tombstoneKeys: [], retired: [], retiredRecords: [] });
    expect(plan.diff.summary.added).toBe(3);
  });

  it('tombstones every key the new version drops and names a declared successor', () => {
    const v2026 = [entry('2.16.03.2.02.0001', 'Tetap'), entry('2.16.03.2.02.0037', 'Koordinasi lama'), entry('2.16.03.2.02.0038', 'Tanpa pengganti')];
    const plan = planActivation(v2026, [], v2027, 'sipd-2027');
    expect(plan.tombstoneKeys).toEqual(['KABKOT:2.16.03.2.02.0037', 'KABKOT:2.16.03.2.02.0038']);
    expect(plan.retired).toEqual([
      { level: 'KABKOT', code: '2.16.03.2.02.0037', successor: '2.16.03.2.02.0041' },
      { level: 'KABKOT', code: '2.16.03.2.02.0038' },
    ]);
    expect(plan.retiredRecords[0]).toMatchObject({ code: '2.16.03.2.02.0037', retiredInVersionId: 'sipd-2027', successorCodes: ['2.16.03.2.02.0041'], successorReason: 'declared' });
  });

  it('finds a successor by the same name at a new code when none is declared', () => {
    const plan = planActivation([entry('2.16.03.2.02.0020', 'Layanan  baru')], [], v2027, 'sipd-2027');
    expect(plan.retired).toEqual([{ level: 'KABKOT', code: '2.16.03.2.02.0020', successor: '2.16.03.2.02.0050' }]);
    expect(plan.retiredRecords[0].successorReason).toBe('same-name');
  });

  it('keeps earlier retirements, following a successor that is itself retired now, and forgets a code that comes back', () => {
    const v2026 = [entry('2.16.03.2.02.0001', 'Tetap'), entry('2.16.03.2.02.0037', 'Koordinasi lama')];
    const earlier = [retiredEarlier('2.16.03.2.02.0010', ['2.16.03.2.02.0037']), retiredEarlier('2.16.03.2.02.0011', ['2.16.03.2.02.0001']), retiredEarlier('2.16.03.2.02.0050')];
    const plan = planActivation(v2026, earlier, v2027, 'sipd-2027');
    const byCode = Object.fromEntries(plan.retiredRecords.map((r) => [r.code, r]));
    expect(byCode['2.16.03.2.02.0010']).toMatchObject({ successorCodes: ['2.16.03.2.02.0041'], retiredInVersionId: 'v2024' });
    expect(byCode['2.16.03.2.02.0011']).toMatchObject({ successorCodes: ['2.16.03.2.02.0001'] });
    expect(byCode).not.toHaveProperty('2.16.03.2.02.0050');
    expect(plan.retired.map((r) => r.code)).toEqual(['2.16.03.2.02.0037']);
  });

  it('keys PROV and KABKOT apart: the same code at another level is another entry', () => {
    const plan = planActivation([entry('2.16.03.2.02.0001', 'Tetap', undefined, 'PROV')], [], v2027, 'sipd-2027');
    expect(plan.tombstoneKeys).toEqual(['PROV:2.16.03.2.02.0001']);
  });
});
