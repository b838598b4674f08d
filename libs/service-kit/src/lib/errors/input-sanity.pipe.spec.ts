import { InputSanityPipe, MAX_PARAMETER_LENGTH } from './input-sanity.pipe';
import { DomainError } from './domain-error';

describe(InputSanityPipe.name, () => {
  const sut = new InputSanityPipe();
  const refusal = (value: unknown, type: 'param' | 'query' | 'body', data?: string) => {
    try {
      sut.transform(value, { type, data });
    } catch (error) {
      return error as DomainError;
    }
    return undefined;
  };

  it('refuses a NUL byte in a path parameter, naming it', () => {
    expect(refusal('81\u000072', 'param', 'region')).toMatchObject({ code: 'PARAMETER_INVALID', violations: [{ field: 'region', reason: 'must not contain a NUL byte' }] });
  });

  it('refuses a NUL byte deep in a body, naming its path', () => {
    expect(refusal({ opd: { name: 'a\u0000' }, codes: ['ok', 'x\u0000'] }, 'body')?.violations).toEqual([
      { field: 'opd.name', reason: 'must not contain a NUL byte' },
      { field: 'codes[1]', reason: 'must not contain a NUL byte' },
    ]);
  });

  it('refuses an overlong query value but not an overlong body string (a JSON import carries a whole CSV)', () => {
    expect(refusal({ q: 'x'.repeat(MAX_PARAMETER_LENGTH + 1) }, 'query')?.violations).toEqual([{ field: 'q', reason: `must be at most ${MAX_PARAMETER_LENGTH} characters` }]);
    expect(refusal({ csv: 'x'.repeat(100_000) }, 'body')).toBeUndefined();
  });

  it('lets ordinary values through unchanged', () => {
    const query = { year: '2027', q: 'spbe koordinasi' };
    expect(sut.transform(query, { type: 'query' })).toBe(query);
  });
});
