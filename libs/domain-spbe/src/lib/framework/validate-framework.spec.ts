import { aTinyFramework } from '../testing/framework.fixtures';
import { thrownBy } from '../testing/thrown-by';
import { DomainFrameworkDefinition as FrameworkDefinition } from './framework-definition';
import { SpbeFrameworkMalformedError, SpbeFrameworkWeightsInvalidError } from './framework.errors';
import { validateFramework } from './validate-framework';

function withIndicatorWeight(no: number, weightPct: number, def = aTinyFramework()): FrameworkDefinition {
  return {
    ...def,
    domains: def.domains.map((d) => ({ ...d, aspects: d.aspects.map((a) => ({ ...a, indicators: a.indicators.map((i) => (i.no === no ? { ...i, weightPct } : i)) })) })),
  };
}

describe(validateFramework.name, () => {
  it('accepts a consistent framework and prepares it', () => {
    const framework = validateFramework(aTinyFramework());
    expect(framework.id).toBe('tiny-2030');
    expect(framework.maxLevel).toBe(4);
    expect(framework.unitsPerPercent).toBe(1);
    expect(framework.indicators.map((i) => [i.no, i.units, i.domainNo, i.aspectNo])).toEqual([
      [1, 50, 1, 1],
      [2, 30, 2, 2],
      [3, 20, 2, 2],
    ]);
  });

  it('refuses indicator weights that do not sum to 100%, naming the sum', () => {
    const aspectFixed = (def: FrameworkDefinition): FrameworkDefinition => ({
      ...def,
      domains: def.domains.map((d) => (d.no === 2 ? { ...d, weightPct: 49.9, aspects: d.aspects.map((a) => ({ ...a, weightPct: 49.9 })) } : d)),
    });
    const error = thrownBy(() => validateFramework(aspectFixed(withIndicatorWeight(3, 19.9))));
    expect(error).toBeInstanceOf(SpbeFrameworkWeightsInvalidError);
    expect(error.code).toBe('SPBE_FRAMEWORK_WEIGHTS_INVALID');
    expect(error.problems).toEqual(['indicator weights sum to 99.9%, not 100%']);
  });

  it('refuses an aspect and a domain whose weight is not their indicators’ sum', () => {
    const error = thrownBy(() => validateFramework(withIndicatorWeight(3, 15, withIndicatorWeight(1, 55))));
    expect(error.problems).toEqual([
      "aspect 1 'Kebijakan' weighs 50% but its indicators sum to 55%",
      "domain 1 'Tata Kelola' weighs 50% but its indicators sum to 55%",
      "aspect 2 'Layanan Digital' weighs 50% but its indicators sum to 45%",
      "domain 2 'Layanan' weighs 50% but its indicators sum to 45%",
    ]);
  });

  it('compares exactly, so 0.1 + 0.2 style sums do not fail', () => {
    const def = aTinyFramework();
    const thirds: FrameworkDefinition = {
      ...def,
      domains: [
        {
          no: 1,
          name: 'Satu',
          weightPct: 100,
          aspects: [{ no: 1, name: 'A', weightPct: 100, indicators: [0.1, 0.2, 99.7].map((w, i) => ({ no: i + 1, name: `I${i + 1}`, weightPct: w })) }],
        },
      ],
    };
    expect(validateFramework(thirds).totalUnits).toBe(1000);
  });

  it('refuses weights with more than six decimals', () => {
    expect(() => validateFramework(withIndicatorWeight(1, 50.0000001))).toThrow(/at most six decimals/);
  });

  it('refuses duplicate indicator numbers', () => {
    const def = aTinyFramework();
    const renumbered = def.domains.map((d) => ({ ...d, aspects: d.aspects.map((a) => ({ ...a, indicators: a.indicators.map((i) => ({ ...i, no: i.no === 3 ? 2 : i.no })) })) }));
    const error = thrownBy(() => validateFramework({ ...def, domains: renumbered }));
    expect(error).toBeInstanceOf(SpbeFrameworkMalformedError);
    expect(error.code).toBe('SPBE_FRAMEWORK_MALFORMED');
    expect(error.problems).toEqual(['indicator number 2 is used twice']);
  });

  it('refuses predikat thresholds out of order', () => {
    const predikat = [
      { min: 2, name: 'Sedang' },
      { min: 3, name: 'Tinggi' },
    ];
    expect(() => validateFramework(aTinyFramework({ predikat }))).toThrow("predikat thresholds must fall from the first to the last; 'Tinggi' (3) follows 'Sedang' (2)");
  });

  it('refuses a lowest predikat that leaves low indices without one', () => {
    expect(() => validateFramework(aTinyFramework({ predikat: [{ min: 1.5, name: 'Cukup' }] }))).toThrow(/an index of 1 would have none/);
  });

  it('refuses levels that do not run from 1', () => {
    expect(() => validateFramework(aTinyFramework({ levels: [{ level: 0, name: 'Nol' }, { level: 1, name: 'Satu' }] }))).toThrow(/position 1 has level 0/);
  });

  it('refuses an empty framework', () => {
    const error = thrownBy(() => validateFramework(aTinyFramework({ id: '', domains: [] })));
    expect(error.problems).toEqual(['id is empty', 'at least one domain is needed']);
  });

  it('refuses zero or negative weights', () => {
    expect(() => validateFramework(withIndicatorWeight(1, 0))).toThrow(/indicator 1 needs a positive weight, got 0/);
  });
});
