import { createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';

/**
 * Regency systems sign inbound events with Ed25519 over the event without its `sig`, in a
 * stable serialization: JSON with object keys sorted at every depth, no whitespace. Both the
 * SDK and proposals use these functions, so they cannot drift apart.
 */
export function canonicalJson(value: unknown): string {
  // Written as loops: it runs over every inbound event, and the entries/filter/map/join version
  // spent ~40 µs an usulan allocating arrays. Keys sort by UTF-16 code units, as before.
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const item = canonicalJson(value[i]);
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
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
    first = false;
  }
  return `${out}}`;
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

/**
 * `verifyEventSignature` on libuv's thread pool: an Ed25519 check costs ~0.1 ms of CPU, which
 * for a regency's snapshot of 40,000 events kept the consumer's one thread busy for seconds. A
 * batch's signatures are checked side by side while the event loop serves everything else.
 */
export function verifyEventSignatureAsync(event: Record<string, unknown>, publicKey: KeyObject | string): Promise<boolean> {
  if (typeof event.sig !== 'string') return Promise.resolve(false);
  let input: Buffer;
  let key: KeyObject;
  try {
    input = signingInput(event);
    key = toPublicKey(publicKey);
  } catch {
    return Promise.resolve(false);
  }
  const signature = Buffer.from(event.sig, 'base64');
  return new Promise((resolve) => {
    try {
      verify(null, input, key, signature, (error, ok) => resolve(!error && ok));
    } catch {
      resolve(false);
    }
  });
}
