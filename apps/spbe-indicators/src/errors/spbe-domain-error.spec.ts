import { checkLevels, loadPermenPanRb59Framework, SpbeFrameworkWeightsInvalidError } from '@selaras/domain-spbe';
import { DomainError, NotFoundError } from '@selaras/service-kit';
import { asDomainError } from './spbe-domain-error';

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe(asDomainError.name, () => {
  it('turns a level out of range into a 400 with the lib code, naming the level', () => {
    const error = asDomainError(thrownBy(() => checkLevels(loadPermenPanRb59Framework(), new Map([[5, 6]])))) as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'SPBE_LEVEL_OUT_OF_RANGE', kind: 'invalid' });
    expect(error.violations).toEqual([{ field: 'level', reason: 'indicator 5 has level 6; levels are whole numbers 1–5' }]);
  });

  it('turns an unknown indicator into a 400 SPBE_INDICATOR_UNKNOWN', () => {
    const error = asDomainError(thrownBy(() => checkLevels(loadPermenPanRb59Framework(), new Map([[48, 3]])))) as DomainError;
    expect(error).toMatchObject({ code: 'SPBE_INDICATOR_UNKNOWN', kind: 'invalid' });
  });

  it('lists every weight problem of a refused framework', () => {
    const error = asDomainError(new SpbeFrameworkWeightsInvalidError(['indicator weights sum to 99%, not 100%', 'domain 1 …'])) as DomainError;
    expect(error.violations.map((v) => v.field)).toEqual(['framework', 'framework']);
  });

  it('leaves other errors alone', () => {
    const notFound = new NotFoundError('REGION_UNKNOWN', 'x');
    const plain = new Error('boom');
    expect(asDomainError(notFound)).toBe(notFound);
    expect(asDomainError(plain)).toBe(plain);
  });
});
