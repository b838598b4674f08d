import { createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';

/**
 * Regency systems sign inbound events with Ed25519 over the event without its `sig`, in a
 * stable serialization: JSON with object keys sorted at every depth, no whitespace. Both the
 * SDK and proposals use these functions, so they cannot drift apart.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
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

/** Returns a copy of the event with `keyid` and `sig` (base64 Ed25519 signature) set. */
export function signEvent<T extends Record<string, unknown>>(event: T, privateKey: KeyObject | string, keyId: string): T & { sig: string; keyid: string } {
  const withKey = { ...event, keyid: keyId };
  const sig = sign(null, signingInput(withKey), toPrivateKey(privateKey)).toString('base64');
  return { ...withKey, sig };
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
