import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SigningKey } from '@selaras/regency-sdk';
import { callApi } from '../stack/api-client';
import { selarasHome } from '../stack/paths';

interface StoredKey {
  keyId: string;
  privateKey: string;
  proposalsUrl: string;
}

/**
 * A region's signing key for the local stack: generated once, registered with proposals, and
 * kept in .selaras/keys/<region>.json so the same key is used across runs (as a real regency
 * system would keep its key).
 */
export async function ensureRegencyKey(region: string, proposalsUrl: string, adminToken: string): Promise<SigningKey> {
  const dir = join(selarasHome(), 'keys');
  const file = join(dir, `${region}.json`);
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredKey;
    const keys = await callApi<{ keyId: string; revokedAt: string | null }[]>(proposalsUrl, 'GET', `/v1/inbound/keys?region=${region}`, adminToken);
    if (keys.some((k) => k.keyId === stored.keyId && !k.revokedAt)) return { keyId: stored.keyId, privateKey: stored.privateKey };
  }
  const pair = generateKeyPairSync('ed25519');
  const registered = await callApi<{ keyId: string }>(proposalsUrl, 'POST', '/v1/inbound/keys', adminToken, {
    region, label: `selaras simulate ${region}`, publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  });
  const privateKey = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify({ keyId: registered.keyId, privateKey, proposalsUrl }, null, 2), { mode: 0o600 });
  return { keyId: registered.keyId, privateKey };
}
