/**
 * Stable error codes for messages that break the contract. Codes travel across process
 * boundaries (dead-letter headers, inbound rejection records, problem JSON), `instanceof`
 * does not, so consumers and regency systems match on these strings.
 */
export type ContractErrorCode =
  | 'EVENT_NOT_JSON'
  | 'EVENT_ENVELOPE_INVALID'
  | 'EVENT_TYPE_UNKNOWN'
  | 'EVENT_PAYLOAD_INVALID'
  | 'EVENT_TOO_LARGE';

export interface FieldViolation {
  /** Dotted path of the offending field, e.g. `data.target.value`. */
  readonly field: string;
  readonly reason: string;
}

export class ContractError extends Error {
  override readonly name = 'ContractError';
  constructor(
    readonly code: ContractErrorCode,
    message: string,
    readonly violations: readonly FieldViolation[] = [],
  ) {
    super(message);
  }
}
