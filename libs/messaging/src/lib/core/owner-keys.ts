import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OWNER_NAMES, OwnerKeyring, OwnerName, OwnerSigner, rawPublicKey } from './owner-signature';

export interface OwnerKeySettings {
  /** The running service (`proposals`, `reporting`, …): it signs when it owns topics. */
  service: string;
  /** The service's own Ed25519 private key (PKCS#8 PEM), from a Secret. */
  signingKeyPem?: string;
  /** The owners' public keys, `owner=<base64 raw key>` separated by commas; an owner may appear more than once (rotation). */
  ownerPublicKeys?: string;
  /** Where the local stack keeps its generated keys when `ownerPublicKeys` is not set. */
  keyDir: string;
}

export interface OwnerKeys {
  /** Set for a service that owns topics. */
  signer?: OwnerSigner;
  keyring: OwnerKeyring;
}

function isOwner(service: string): service is OwnerName {
  return (OWNER_NAMES as readonly string[]).includes(service);
}

/**
 * The owner keys of a deployment. Two ways:
 * - configured (Kubernetes): each owning service gets its private key from a Secret
 *   (`EVENT_SIGNING_KEY`) and every service the public keys from the ConfigMap (`EVENT_OWNER_KEYS`);
 * - a key directory (`npm start`, tests, docker compose's shared volume): the first service to
 *   start generates one key pair per owner there (mode 0600), the others read them. Anyone who can
 *   read that directory can sign, which on one machine is the same person who can read the database.
 */
export function loadOwnerKeys(settings: OwnerKeySettings): OwnerKeys {
  if (settings.ownerPublicKeys) {
    const keyring = new OwnerKeyring(parseOwnerPublicKeys(settings.ownerPublicKeys));
    if (isOwner(settings.service) && !settings.signingKeyPem) {
      throw new Error(`EVENT_SIGNING_KEY is required for ${settings.service}: it owns topics, and its consumers refuse unsigned events`);
    }
    return { keyring, signer: isOwner(settings.service) ? new OwnerSigner(settings.service, settings.signingKeyPem!) : undefined };
  }
  const pems = ensureOwnerKeyDir(settings.keyDir);
  const keyring = new OwnerKeyring(OWNER_NAMES.map((owner) => ({ owner, publicKey: pems[owner] })));
  const signer = isOwner(settings.service) ? new OwnerSigner(settings.service, settings.signingKeyPem ?? pems[settings.service]) : undefined;
  return { keyring, signer };
}

/** `owner=<base64>` pairs, comma separated. */
export function parseOwnerPublicKeys(text: string): { owner: OwnerName; publicKey: Buffer }[] {
  return text
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const [owner, key] = pair.split('=', 2).map((s) => s.trim());
      if (!isOwner(owner)) throw new Error(`EVENT_OWNER_KEYS: "${owner}" is not an owner of topics (${OWNER_NAMES.join(', ')})`);
      const raw = Buffer.from(key ?? '', 'base64');
      if (raw.length !== 32) throw new Error(`EVENT_OWNER_KEYS: the key of ${owner} must be a base64 32-byte Ed25519 public key`);
      return { owner, publicKey: raw };
    });
}

/** Creates the missing key files of the key directory (never replacing one) and returns every owner's private key PEM. */
export function ensureOwnerKeyDir(dir: string): Record<OwnerName, string> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pems = {} as Record<OwnerName, string>;
  for (const owner of OWNER_NAMES) {
    const file = join(dir, `${owner}.key`);
    try {
      pems[owner] = readFileSync(file, 'utf8');
      continue;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    // Written aside and linked into place: two services starting together never see half a key,
    // and the one that loses the race reads the winner's.
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const temporary = `${file}.${process.pid}.${Date.now()}`;
    writeFileSync(temporary, pem, { mode: 0o600 });
    try {
      linkSync(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(temporary);
    }
    chmodSync(file, 0o600);
    pems[owner] = readFileSync(file, 'utf8');
  }
  return pems;
}

/** The `EVENT_OWNER_KEYS` value that names the public keys of a key directory (for a ConfigMap or `.env`). */
export function ownerPublicKeysOf(pems: Record<OwnerName, string>): string {
  return OWNER_NAMES.map((owner) => `${owner}=${rawPublicKey(pems[owner]).toString('base64')}`).join(',');
}
