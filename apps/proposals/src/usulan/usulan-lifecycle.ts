import type { ForumOutcome, ProposalStatus } from '@selaras/contracts';
import { ConflictError } from '@selaras/service-kit';

export type UsulanAction = 'revise' | 'submit' | 'agree' | 'reject' | 'defer' | 'withdraw';

/**
 * Where each action may start from. A proposal is revised while it is still before the
 * forum (draft, submitted) or after a deferral; only a submitted one can be decided.
 */
const ALLOWED_FROM: Record<UsulanAction, readonly ProposalStatus[]> = {
  revise: ['draft', 'submitted', 'deferred'],
  submit: ['draft', 'deferred'],
  agree: ['submitted'],
  reject: ['submitted'],
  defer: ['submitted'],
  withdraw: ['draft', 'submitted', 'deferred'],
};

const RESULT: Record<Exclude<UsulanAction, 'revise'>, ProposalStatus> = {
  submit: 'submitted',
  agree: 'agreed',
  reject: 'rejected',
  defer: 'deferred',
  withdraw: 'withdrawn',
};

export class TransitionNotAllowedError extends ConflictError {
  constructor(action: UsulanAction, from: ProposalStatus) {
    const allowed = ALLOWED_FROM[action].join(', ');
    super('PROPOSAL_TRANSITION_INVALID', `cannot ${action} an usulan that is ${from}; ${action} is allowed from ${allowed}`, { currentStatus: from, action });
  }
}

/** The status after `action`, or an error saying why the action is not allowed now. */
export function nextStatus(action: UsulanAction, from: ProposalStatus): ProposalStatus {
  if (!ALLOWED_FROM[action].includes(from)) throw new TransitionNotAllowedError(action, from);
  return action === 'revise' ? from : RESULT[action];
}

/** The status a forum outcome leaves the usulan in; a merged usulan lives on in the other one. */
export function statusOfOutcome(outcome: ForumOutcome): ProposalStatus {
  switch (outcome) {
    case 'agreed_as_proposed':
    case 'agreed_with_changes':
      return 'agreed';
    case 'merged':
    case 'rejected':
      return 'rejected';
    case 'deferred':
      return 'deferred';
    default: {
      const unreachable: never = outcome;
      throw new Error(`unknown outcome ${unreachable}`);
    }
  }
}

export function actionOfOutcome(outcome: ForumOutcome): 'agree' | 'reject' | 'defer' {
  const status = statusOfOutcome(outcome);
  return status === 'agreed' ? 'agree' : status === 'rejected' ? 'reject' : 'defer';
}
