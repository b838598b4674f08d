import { KeyObject } from 'node:crypto';
import { httpClient } from './http-client';
import { testToken } from './services';

/**
 * A regency key as proposals accepts one since issue 22 item 5: requested by the region's own
 * `admin`, then approved by its province's `coordinator`. Resolves to the key id; throws with
 * the problem JSON when either step is refused, so a spec's set-up fails loudly.
 */
export async function registerApprovedKey(proposalsUrl: string, region: string, publicKey: KeyObject | string, label: string): Promise<string> {
  const pem = typeof publicKey === 'string' ? publicKey : publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const requested = await httpClient(proposalsUrl, testToken(region, 'admin')).post<{ keyId: string }>('/v1/inbound/keys', { region, label, publicKey: pem });
  if (requested.status !== 201) throw new Error(`requesting a key for ${region}: ${requested.status} ${JSON.stringify(requested.body)}`);
  const approved = await httpClient(proposalsUrl, testToken(region.slice(0, 2), 'coordinator')).post(`/v1/inbound/keys/${requested.body.keyId}/approve`);
  if (approved.status !== 200) throw new Error(`approving key ${requested.body.keyId}: ${approved.status} ${JSON.stringify(approved.body)}`);
  return requested.body.keyId;
}
