import { createHash, createPrivateKey, createPublicKey, KeyObject, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import { TOPICS } from '@selaras/contracts';

/**
 * Owner signatures (issue 23): the outbox relay of the service that owns a topic signs every
 * message it publishes with the service's Ed25519 key, in two Kafka headers; every consumer of
 * an owned topic checks them against the owner's public keys. A client that can reach the broker
 * but holds no owner key (the local broker accepts anyone) cannot write an event a consumer applies.
 *
 * The signature covers the topic, the key and the value bytes exactly as sent (no re-serialisation:
 * the relay sends the JSON text the service wrote), so a signed message cannot be moved to another
 * topic or key, and a tombstone is signed as one.
 */
export const OWNER_HEADERS = { keyId: 'x-owner-keyid', signature: 'x-owner-sig' } as const;

/** The owners of the canonical topics, by the `producer` of the topic registry. */
export type OwnerName = 'proposals' | 'nomenclature' | 'spbe-indicators';
export const OWNER_NAMES: readonly OwnerName[] = ['proposals', 'nomenclature', 'spbe-indicators'];

const OWNED: ReadonlyMap<string, OwnerName> = new Map(
  Object.values(TOPICS)
    .filter((t) => (OWNER_NAMES as readonly string[]).includes(t.producer))
    .map((t) => [t.name, t.producer as OwnerName]),
);

/** The service that alone may write `topic`, or undefined for a topic anyone with access may write (`proposals.inbound`, dead letters). */
export function ownerOfTopic(topic: string): OwnerName | undefined {
  return OWNED.get(topic);
}

/** Codes a consumer dead-letters an owned-topic message with. */
export const OWNER_SIGNATURE_CODES = {
  missing: 'OWNER_SIGNATURE_MISSING',
  unknownKey: 'OWNER_KEY_UNKNOWN',
  invalid: 'OWNER_SIGNATURE_INVALID',
} as const;

const DOMAIN = Buffer.from('selaras-owner-signature-v1\n');

/** The bytes signed: a fixed prefix, topic, key and the value (or a tombstone marker), length-prefixed so no two inputs collide. */
export function ownerSigningInput(topic: string, key: Buffer | string | null, value: Buffer | string | null): Buffer {
  const parts = [Buffer.from(topic), key === null ? Buffer.alloc(0) : Buffer.from(key), value === null ? Buffer.from('tombstone') : Buffer.from(value)];
  const out: Buffer[] = [DOMAIN];
  for (const part of parts) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(part.length);
    out.push(length, part);
  }
  out.push(Buffer.from(value === null ? 't' : 'v'));
  return Buffer.concat(out);
}

/** The raw 32-byte public key of a PEM (SPKI or PKCS#8) or base64 raw key. */
export function rawPublicKey(key: KeyObject | string): Buffer {
  if (typeof key === 'string' && /^[A-Za-z0-9+/_-]{43}=?$/.test(key.trim())) return Buffer.from(key.trim(), 'base64');
  const object = typeof key === 'string' ? (key.includes('PRIVATE KEY') ? createPublicKey(createPrivateKey(key)) : createPublicKey(key)) : key.type === 'private' ? createPublicKey(key) : key;
  return Buffer.from(object.export({ format: 'jwk' }).x as string, 'base64url');
}

/** A short id of a public key: the first 12 bytes of its SHA-256, base64url. Lets consumers hold several keys per owner (rotation). */
export function ownerKeyId(rawPublic: Buffer): string {
  return createHash('sha256').update(rawPublic).digest().subarray(0, 12).toString('base64url');
}

interface Sodium {
  crypto_sign_BYTES: number;
  crypto_sign_SECRETKEYBYTES: number;
  crypto_sign_PUBLICKEYBYTES: number;
  crypto_sign_detached(signature: Buffer, message: Buffer, secretKey: Buffer): void;
  crypto_sign_verify_detached(signature: Buffer, message: Buffer, publicKey: Buffer): boolean;
  crypto_sign_seed_keypair(publicKey: Buffer, secretKey: Buffer, seed: Buffer): void;
}

let sodiumLoaded: Sodium | null | undefined;
/** libsodium signs and verifies Ed25519 in about half of node:crypto's time (apps/proposals/src/inbound/ed25519-verifier.ts); node:crypto where the addon cannot load. */
function sodium(): Sodium | null {
  if (sodiumLoaded === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      sodiumLoaded = require('sodium-native') as Sodium;
    } catch {
      sodiumLoaded = null;
    }
  }
  return sodiumLoaded;
}

/** Signs what an owning service publishes. */
export class OwnerSigner {
  readonly keyId: string;
  private readonly secret?: Buffer;
  private readonly keyObject: KeyObject;

  /** `privateKeyPem`: the service's Ed25519 private key, PKCS#8 PEM. */
  constructor(readonly owner: OwnerName, privateKeyPem: string) {
    this.keyObject = createPrivateKey(privateKeyPem);
    if (this.keyObject.asymmetricKeyType !== 'ed25519') throw new Error(`the event signing key of ${owner} must be an Ed25519 key`);
    const jwk = this.keyObject.export({ format: 'jwk' });
    const publicRaw = Buffer.from(jwk.x as string, 'base64url');
    this.keyId = ownerKeyId(publicRaw);
    const lib = sodium();
    if (lib) {
      const pk = Buffer.alloc(lib.crypto_sign_PUBLICKEYBYTES);
      this.secret = Buffer.alloc(lib.crypto_sign_SECRETKEYBYTES);
      lib.crypto_sign_seed_keypair(pk, this.secret, Buffer.from(jwk.d as string, 'base64url'));
    }
  }

  /** The two headers to send with a message of `topic` (which this owner must own). */
  headersFor(topic: string, key: Buffer | string | null, value: Buffer | string | null): Record<string, string> {
    const input = ownerSigningInput(topic, key, value);
    const lib = sodium();
    let signature: Buffer;
    if (lib && this.secret) {
      signature = Buffer.alloc(lib.crypto_sign_BYTES);
      lib.crypto_sign_detached(signature, input, this.secret);
    } else {
      signature = nodeSign(null, input, this.keyObject);
    }
    return { [OWNER_HEADERS.keyId]: this.keyId, [OWNER_HEADERS.signature]: signature.toString('base64') };
  }

  /** True when this signer may sign `topic`: only its own topics get owner headers. */
  owns(topic: string): boolean {
    return ownerOfTopic(topic) === this.owner;
  }
}

export interface OwnerSignatureRefusal {
  code: (typeof OWNER_SIGNATURE_CODES)[keyof typeof OWNER_SIGNATURE_CODES];
  reason: string;
}

type Headers = Record<string, Buffer | string | (Buffer | string)[] | undefined> | undefined;

function header(headers: Headers, name: string): string | undefined {
  const value = headers?.[name];
  const one = Array.isArray(value) ? value[0] : value;
  return one === undefined ? undefined : one.toString();
}

/** The owners' public keys, as consumers hold them. */
export class OwnerKeyring {
  private readonly keys = new Map<string, { owner: OwnerName; raw: Buffer; object: KeyObject }>();

  constructor(entries: readonly { owner: OwnerName; publicKey: string | Buffer }[]) {
    for (const { owner, publicKey } of entries) {
      const raw = Buffer.isBuffer(publicKey) ? publicKey : rawPublicKey(publicKey);
      if (raw.length !== 32) throw new Error(`the public key given for ${owner} is not a 32-byte Ed25519 key`);
      const object = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
      this.keys.set(ownerKeyId(raw), { owner, raw, object });
    }
  }

  get size(): number {
    return this.keys.size;
  }

  /** Undefined when the message carries a valid signature of its topic's owner; else why not. */
  check(topic: string, key: Buffer | string | null, value: Buffer | string | null, headers: Headers): OwnerSignatureRefusal | undefined {
    const owner = ownerOfTopic(topic);
    if (!owner) return undefined;
    const keyId = header(headers, OWNER_HEADERS.keyId);
    const signature = header(headers, OWNER_HEADERS.signature);
    if (!keyId || !signature) {
      return { code: OWNER_SIGNATURE_CODES.missing, reason: `${topic} is written only by ${owner}, and this message carries no owner signature (headers ${OWNER_HEADERS.keyId}, ${OWNER_HEADERS.signature})` };
    }
    const known = this.keys.get(keyId);
    if (!known || known.owner !== owner) {
      return { code: OWNER_SIGNATURE_CODES.unknownKey, reason: `${topic} is written only by ${owner}; key ${keyId.slice(0, 32)} is not one of ${owner}'s keys` };
    }
    const sig = Buffer.from(signature, 'base64');
    const input = ownerSigningInput(topic, key, value);
    const lib = sodium();
    let valid: boolean;
    if (lib) {
      valid = sig.length === lib.crypto_sign_BYTES && lib.crypto_sign_verify_detached(sig, input, known.raw);
    } else {
      try {
        valid = nodeVerify(null, input, known.object, sig);
      } catch {
        valid = false;
      }
    }
    return valid ? undefined : { code: OWNER_SIGNATURE_CODES.invalid, reason: `the owner signature of this ${topic} message does not match its topic, key and value under ${owner}'s key ${keyId}` };
  }
}
