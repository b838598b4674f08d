import { ContractError, FieldViolation } from '@selaras/contracts';
import { DomainError, ErrorKind } from '@selaras/service-kit';

/** Why an inbound event was refused; the same code goes to the rejection record, the DLQ headers and the HTTP answer. */
export class InboundRefusal extends DomainError {
  constructor(code: string, kind: ErrorKind, reason: string, violations: readonly FieldViolation[] = []) {
    super(code, kind, reason, violations);
  }

  static from(error: DomainError | ContractError): InboundRefusal {
    if (error instanceof InboundRefusal) return error;
    if (error instanceof ContractError) return new InboundRefusal(error.code, 'invalid', error.message, error.violations);
    return new InboundRefusal(error.code, error.kind, error.message, error.violations);
  }
}

/** Best-effort facts about a raw message for the rejection record (it may not even be JSON). */
export function describeRaw(raw: Buffer | string | null): { eventId: string | null; eventType: string | null; region: string | null; externalId: string | null; keyId: string | null } {
  try {
    const value = JSON.parse(raw?.toString() ?? 'null');
    const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 200) : null);
    return { eventId: text(value?.id), eventType: text(value?.type), region: text(value?.region ?? value?.data?.region), externalId: text(value?.data?.externalId ?? value?.subject), keyId: text(value?.keyid) };
  } catch {
    return { eventId: null, eventType: null, region: null, externalId: null, keyId: null };
  }
}
