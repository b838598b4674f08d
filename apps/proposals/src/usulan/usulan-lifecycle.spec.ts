import { nextStatus, statusOfOutcome, TransitionNotAllowedError } from './usulan-lifecycle';

describe(nextStatus.name, () => {
  it('moves draft → submitted → agreed', () => {
    expect(nextStatus('submit', 'draft')).toBe('submitted');
    expect(nextStatus('agree', 'submitted')).toBe('agreed');
  });

  it('lets a deferred usulan be revised and submitted again', () => {
    expect(nextStatus('revise', 'deferred')).toBe('deferred');
    expect(nextStatus('submit', 'deferred')).toBe('submitted');
  });

  it('refuses to decide a draft that never went to the forum', () => {
    expect(() => nextStatus('agree', 'draft')).toThrow(TransitionNotAllowedError);
  });

  it('refuses to revise or withdraw a decided usulan', () => {
    expect(() => nextStatus('revise', 'agreed')).toThrow(/cannot revise an usulan that is agreed/);
    expect(() => nextStatus('withdraw', 'rejected')).toThrow(TransitionNotAllowedError);
  });

  it('refuses to withdraw twice', () => {
    expect(() => nextStatus('withdraw', 'withdrawn')).toThrow(TransitionNotAllowedError);
  });
});

describe(statusOfOutcome.name, () => {
  it('maps each forum outcome to the status it leaves', () => {
    expect(statusOfOutcome('agreed_with_changes')).toBe('agreed');
    expect(statusOfOutcome('merged')).toBe('rejected');
    expect(statusOfOutcome('deferred')).toBe('deferred');
  });
});
