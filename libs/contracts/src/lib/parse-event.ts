import { plainToInstance } from 'class-transformer';
import { validateSync, ValidatorOptions } from 'class-validator';
import { ContractError } from './contract-error';
import { CloudEvent, CloudEventEnvelope } from './envelope/cloud-event';
import { EVENT_CATALOG, EventPayload, EventType, isKnownEventType } from './event-map';
import { NOT_SURE, validatePlain } from './validation/compiled-validator';
import { describeViolations, toViolations } from './validation/violations';

/** Larger messages are refused before parsing: no usulan comes close to this. */
export const MAX_EVENT_BYTES = 256 * 1024;

/**
 * Unknown fields are stripped, not refused: a producer on a newer compatible minor version
 * may add optional fields, and consumers on the old classes must keep working.
 */
const VALIDATOR_OPTIONS: ValidatorOptions = { whitelist: true, forbidUnknownValues: true };

/**
 * Validates a plain value against a contract class: class-transformer builds the instance
 * (nested `@Type`s included), class-validator checks it. Throws `ContractError`
 * `EVENT_PAYLOAD_INVALID` naming every offending field with `fieldPrefix` before it.
 *
 * A value the compiled validator finds valid is returned as its whitelisted plain copy, without
 * the class-transformer and class-validator round (the same verdict at a twentieth of the cost,
 * see validation/compiled-validator.ts); everything else goes the full way, which decides
 * refusals and words them.
 */
export function parsePayload<T extends object>(cls: new () => T, plain: unknown, fieldPrefix = 'data'): T {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw new ContractError('EVENT_PAYLOAD_INVALID', `${fieldPrefix} must be a JSON object`, [{ field: fieldPrefix, reason: 'must be a JSON object' }]);
  }
  const fast = validatePlain(cls, plain);
  if (fast !== NOT_SURE) return fast as T;
  const instance = plainToInstance(cls, plain, { enableImplicitConversion: false });
  const violations = toViolations(validateSync(instance, VALIDATOR_OPTIONS), fieldPrefix);
  if (violations.length > 0) {
    throw new ContractError('EVENT_PAYLOAD_INVALID', describeViolations(violations), violations);
  }
  return instance;
}

/**
 * The message as sent, parsed: JSON text or bytes become a value (size checked first); a value
 * is returned as it is. Nothing is validated or stripped, so this is what a signature covers.
 */
export function parseEventJson(raw: unknown): unknown {
  if (Buffer.isBuffer(raw) || typeof raw === 'string') {
    // Bytes are measured before they are decoded: an oversized message is refused without a copy.
    const bytes = typeof raw === 'string' ? Buffer.byteLength(raw) : raw.length;
    if (bytes > MAX_EVENT_BYTES) {
      throw new ContractError('EVENT_TOO_LARGE', `event is ${bytes} bytes; the limit is ${MAX_EVENT_BYTES}`);
    }
    try {
      return JSON.parse(raw.toString());
    } catch (error) {
      throw new ContractError('EVENT_NOT_JSON', `event is not JSON: ${(error as Error).message}`);
    }
  }
  return raw;
}

/** Validates only the CloudEvents envelope; `data` stays as sent. */
export function parseEnvelope(raw: unknown): CloudEventEnvelope {
  const plain = parseEventJson(raw);
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw new ContractError('EVENT_ENVELOPE_INVALID', 'event must be a JSON object (a CloudEvents 1.0 envelope)');
  }
  const { data, ...envelopeOnly } = plain as Record<string, unknown>;
  const dataIsObject = typeof data === 'object' && data !== null && !Array.isArray(data);
  const fast = dataIsObject ? validatePlain(CloudEventEnvelope, envelopeOnly, 'data') : NOT_SURE;
  if (fast !== NOT_SURE) return Object.assign(fast, { data }) as unknown as CloudEventEnvelope;
  const envelope = plainToInstance(CloudEventEnvelope, envelopeOnly);
  // Validate the envelope without its data, then put the untouched data back.
  const violations = toViolations(validateSync(envelope, { ...VALIDATOR_OPTIONS, skipMissingProperties: false }))
    .filter((v) => v.field !== 'data');
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    violations.push({ field: 'data', reason: 'data must be a JSON object' });
  }
  if (violations.length > 0) {
    throw new ContractError('EVENT_ENVELOPE_INVALID', describeViolations(violations), violations);
  }
  envelope.data = data as Record<string, unknown>;
  return envelope;
}

/**
 * The one entry point for every consumed message: JSON → CloudEvents envelope → payload
 * class of its `type`. Throws `ContractError` with a stable code for anything else.
 */
export function parseEvent(raw: unknown): CloudEvent<EventPayload<EventType>> & { type: EventType };
export function parseEvent<T extends EventType>(raw: unknown, expected: readonly T[]): CloudEvent<EventPayload<T>> & { type: T };
export function parseEvent(raw: unknown, expected?: readonly EventType[]): CloudEvent<unknown> {
  return parseEnvelopedEvent(parseEnvelope(raw), expected);
}

/** The second half of `parseEvent`, for a caller that has already validated the envelope (and looked at its type). */
export function parseEnvelopedEvent(envelope: CloudEventEnvelope, expected?: readonly EventType[]): CloudEvent<unknown> {
  if (!isKnownEventType(envelope.type) || (expected && !expected.includes(envelope.type))) {
    const allowed = expected ? ` (expected one of ${expected.join(', ')})` : '';
    throw new ContractError('EVENT_TYPE_UNKNOWN', `unknown event type "${envelope.type}"${allowed}`, [{ field: 'type', reason: 'unknown event type' }]);
  }
  const data = parsePayload(EVENT_CATALOG[envelope.type].payload as new () => object, envelope.data);
  return { ...envelope, data } as CloudEvent<unknown>;
}
