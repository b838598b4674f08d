import type { CodeValidation } from '../classify-code';
import { ValidationMemo, VALIDATION_MEMO_SIZE } from './validation-memo';

const answer = (code: string, status: CodeValidation['status'] = 'valid'): CodeValidation => ({ code, status, reason: 'test' });

describe(ValidationMemo.name, () => {
  it('classifies a code at a level once and answers the same again', () => {
    const memo = new ValidationMemo();
    const classify = jest.fn(() => answer('2.16.03.2.02.0041'));
    expect(memo.answer('KABKOT', '2.16.03.2.02.0041', '81.71', classify)).toEqual(answer('2.16.03.2.02.0041'));
    expect(memo.answer('KABKOT', '2.16.03.2.02.0041', '81.01', classify)).toEqual(answer('2.16.03.2.02.0041'));
    expect(classify).toHaveBeenCalledTimes(1);
  });

  it('keeps levels apart', () => {
    const memo = new ValidationMemo();
    memo.answer('KABKOT', '2.16.03.1.02.0041', undefined, () => answer('2.16.03.1.02.0041', 'wrong_level'));
    expect(memo.answer('PROV', '2.16.03.1.02.0041', undefined, () => answer('2.16.03.1.02.0041')).status).toBe('valid');
  });

  it('keeps regions apart for special-regime codes, where the region decides', () => {
    const memo = new ValidationMemo();
    memo.answer('KABKOT', '9.01.04.7.03.0003', '81.71', () => answer('9.01.04.7.03.0003', 'wrong_level'));
    expect(memo.answer('KABKOT', '9.01.04.7.03.0003', '11.01', () => answer('9.01.04.7.03.0003')).status).toBe('valid');
    expect(memo.answer('KABKOT', '9.01.04.7.03.0003', undefined, () => answer('9.01.04.7.03.0003', 'wrong_level')).status).toBe('wrong_level');
  });

  it('starts over when full rather than grow', () => {
    const memo = new ValidationMemo();
    const classify = jest.fn(() => answer('x'));
    for (let i = 0; i <= VALIDATION_MEMO_SIZE; i++) memo.answer('KABKOT', `1.01.01.2.01.${i}`, undefined, classify);
    memo.answer('KABKOT', '1.01.01.2.01.1', undefined, classify);
    expect(classify).toHaveBeenCalledTimes(VALIDATION_MEMO_SIZE + 2);
  });
});
