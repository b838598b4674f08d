import { FieldViolation } from '@selaras/contracts';

/** What kind of refusal a domain error is; the problem filter maps each to one HTTP status. */
export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'unavailable' | 'too_large' | 'too_many';

/**
 * Base of every domain error: a stable string `code` (it survives process boundaries where
 * `instanceof` does not), a kind, a readable detail that tells the user what to do, and
 * optionally the fields at fault.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    detail: string,
    readonly violations: readonly FieldViolation[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(code: string, detail: string) {
    super(code, 'not_found', detail);
  }
}

export class ForbiddenError extends DomainError {
  constructor(code: string, detail: string) {
    super(code, 'forbidden', detail);
  }
}

export class InvalidInputError extends DomainError {
  constructor(code: string, detail: string, violations: readonly FieldViolation[] = []) {
    super(code, 'invalid', detail, violations);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, detail: string, extra: Record<string, unknown> = {}) {
    super(code, 'conflict', detail, [], extra);
  }
}
