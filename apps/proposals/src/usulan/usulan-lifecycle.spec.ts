import { PROPOSAL_STATUSES, ProposalStatus } from '@selaras/contracts';
import { nextStatus, statusOfOutcome, TransitionNotAllowedError, UsulanAction } from './usulan-lifecycle';

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

describe('the whole transition table', () => {
  // Every action from every status: a single permissive entry (withdraw after the forum agreed,
  // a second decision of a decided usulan) changes a cell here.
  const table: Record<UsulanAction, Partial<Record<ProposalStatus, ProposalStatus>>> = {
    revise: { draft: 'draft', submitted: 'submitted', deferred: 'deferred' },
    submit: { draft: 'submitted', deferred: 'submitted' },
    agree: { submitted: 'agreed' },
    reject: { submitted: 'rejected' },
    defer: { submitted: 'deferred' },
    withdraw: { draft: 'withdrawn', submitted: 'withdrawn', deferred: 'withdrawn' },
  };
  const cells = (Object.keys(table) as UsulanAction[]).flatMap((action) => PROPOSAL_STATUSES.map((from) => [action, from, table[action][from] ?? null] as const));

  it.each(cells)('%s from %s gives %s', (action, from, expected) => {
    if (expected === null) expect(() => nextStatus(action, from)).toThrow(TransitionNotAllowedError);
    else expect(nextStatus(action, from)).toBe(expected);
  });
});

describe(statusOfOutcome.name, () => {
  it('maps each forum outcome to the status it leaves', () => {
    expect(statusOfOutcome('agreed_with_changes')).toBe('agreed');
    expect(statusOfOutcome('merged')).toBe('rejected');
    expect(statusOfOutcome('deferred')).toBe('deferred');
  });
});
