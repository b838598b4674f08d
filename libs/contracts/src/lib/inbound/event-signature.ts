import { createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';

/**
 * Regency systems sign inbound events with Ed25519 over the event without its `sig`, in a
 * stable serialization: JSON with object keys sorted at every depth, no whitespace. Both the
 * SDK and proposals use these functions, so they cannot drift apart.
 */
export function canonicalJson(value: unknown): string {
  // A sender that serialises its events canonically (the SDK does: signEvent returns its event
  // with the keys in canonical order) is checked and written by V8's JSON.stringify, ~10× faster
  // than building the string here; any other order takes the general path below.
  return inCanonicalOrder(value) ? JSON.stringify(value) : canonicalJsonOf(value);
}

function canonicalJsonOf(value: unknown): string {
  // Written as loops: it runs over every inbound event, and the entries/filter/map/join version
  // spent ~40 µs an usulan allocating arrays. Keys sort by UTF-16 code units, as before.
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const item = canonicalJsonOf(value[i]);
      out += (i > 0 ? ',' : '') + (item === undefined ? '' : item);
    }
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = object[key];
    if (item === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJsonOf(item)}`;
    first = false;
  }
  return `${out}}`;
}

/**
 * True when JSON.stringify(value) is already the canonical form: plain objects whose own keys
 * come in sorted order at every depth, and nothing JSON.stringify writes differently (undefined
 * in an array, objects with toJSON such as Date, non-finite numbers are left to the general path).
 */
export function inCanonicalOrder(value: unknown): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      break;
    default:
      return false;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (value[i] === undefined || !inCanonicalOrder(value[i])) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  let previous: string | undefined;
  for (const key in value as Record<string, unknown>) {
    if (previous !== undefined && !(previous < key)) return false;
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined || !inCanonicalOrder(item)) return false;
    previous = key;
  }
  return true;
}

export function signingInput(event: Record<string, unknown>): Buffer {
  const { sig: _sig, ...unsigned } = event;
  return Buffer.from(canonicalJson(unsigned));
}

function toPrivateKey(key: KeyObject | string): KeyObject {
  return typeof key === 'string' ? createPrivateKey(key) : key;
}

function toPublicKey(key: KeyObject | string): KeyObject {
  return typeof key === 'string' ? createPublicKey(key) : key;
}

/**
 * Returns a copy of the event with `keyid` and `sig` (base64 Ed25519 signature) set, its keys in
 * canonical order at every depth: JSON.stringify of it is the canonical form, which the
 * province then checks at a fraction of the cost of re-sorting (any key order still verifies).
 */
export function signEvent<T extends Record<string, unknown>>(event: T, privateKey: KeyObject | string, keyId: string): T & { sig: string; keyid: string } {
  const withKey = { ...event, keyid: keyId };
  const sig = sign(null, signingInput(withKey), toPrivateKey(privateKey)).toString('base64');
  return JSON.parse(canonicalJson({ ...withKey, sig }));
}

/** True when `sig` is a valid Ed25519 signature of the event by `publicKey`. */
export function verifyEventSignature(event: Record<string, unknown>, publicKey: KeyObject | string): boolean {
  if (typeof event.sig !== 'string') return false;
  try {
    return verify(null, signingInput(event), toPublicKey(publicKey), Buffer.from(event.sig, 'base64'));
  } catch {
    return false;
  }
}
