import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SigningKey } from '@selaras/regency-sdk';
import { callApi } from '../stack/api-client';
import { selarasHome } from '../stack/paths';
import { KeyParties } from './key-parties';

interface StoredKey {
  keyId: string;
  privateKey: string;
  proposalsUrl: string;
}

/**
 * A region's signing key for the local stack: generated once, requested by the region and
 * approved by its province's coordinator, and kept in .selaras/keys/<region>.json so the same
 * key is used across runs (as a real regency system would keep its key). A kept key still
 * waiting for approval (requested before a restart) is approved; a revoked one is replaced.
 */
export async function ensureRegencyKey(region: string, proposalsUrl: string, parties: KeyParties): Promise<SigningKey> {
  const dir = join(selarasHome(), 'keys');
  const file = join(dir, `${region}.json`);
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredKey;
    const keys = await callApi<{ keyId: string; status: string }[]>(proposalsUrl, 'GET', `/v1/inbound/keys?region=${region}`, await parties.requester(region));
    const known = keys.find((k) => k.keyId === stored.keyId);
    if (known?.status === 'requested') await approve(proposalsUrl, parties, region, stored.keyId);
    if (known && known.status !== 'revoked') return { keyId: stored.keyId, privateKey: stored.privateKey };
  }
  const pair = generateKeyPairSync('ed25519');
  const requested = await callApi<{ keyId: string }>(proposalsUrl, 'POST', '/v1/inbound/keys', await parties.requester(region), {
    region, label: `selaras simulate ${region}`, publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  });
  const privateKey = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  mkdirSync(dir, { recursive: true });
  // Kept before approval, so a failed approval leaves a key the next run approves instead of an orphan.
  writeFileSync(file, JSON.stringify({ keyId: requested.keyId, privateKey, proposalsUrl }, null, 2), { mode: 0o600 });
  await approve(proposalsUrl, parties, region, requested.keyId);
  return { keyId: requested.keyId, privateKey };
}

async function approve(proposalsUrl: string, parties: KeyParties, region: string, keyId: string): Promise<void> {
  await callApi(proposalsUrl, 'POST', `/v1/inbound/keys/${encodeURIComponent(keyId)}/approve`, await parties.approver(region), {});
}
