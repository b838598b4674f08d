import type { FieldViolation } from '@selaras/contracts';

/**
 * An event the SDK refuses before sending. `code` is the code the province's server would
 * answer with (e.g. `EVENT_PAYLOAD_INVALID`, `INBOUND_REGION_MISMATCH`), so a regency system
 * handles a local and a remote refusal the same way.
 */
export class RegencySdkError extends Error {
  override readonly name = 'RegencySdkError';
  constructor(readonly code: string, message: string, readonly violations: readonly FieldViolation[] = []) {
    super(message);
  }
}
