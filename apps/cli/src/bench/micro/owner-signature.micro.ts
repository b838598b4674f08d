/**
 * What an owner signature costs per event (issue 23): the relay signs each outbox event, every
 * consumer of an owned topic verifies it. Compared, at the same moment on the same machine, with a
 * bare libsodium verify of the same bytes, so a busy machine still shows the overhead in proportion.
 *
 *   node -r @swc-node/register apps/cli/src/bench/micro/owner-signature.micro.ts
 */
import { generateKeyPairSync } from 'node:crypto';
import { loadavg } from 'node:os';
import { aProposalState, buildEvent, PROPOSAL_EVENT_TYPES } from '@selaras/contracts';
import { OwnerKeyring, OwnerSigner } from '@selaras/messaging';

const N = 20_000;
const topic = 'proposals.events';
const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const signer = new OwnerSigner('proposals', pem);
const keyring = new OwnerKeyring([{ owner: 'proposals', publicKey: pem }]);
const messages = Array.from({ length: 2000 }, () => {
  const state = aProposalState();
  return { key: state.id, value: Buffer.from(JSON.stringify(buildEvent(PROPOSAL_EVENT_TYPES.drafted, state, { source: '/regions/81.71/opd/x', subject: state.id, region: state.region }))) };
});

function microseconds(run: (i: number) => void): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) run(i);
  return Number(process.hrtime.bigint() - start) / N / 1000;
}

const headers = messages.map((m) => Object.fromEntries(Object.entries(signer.headersFor(topic, m.key, m.value)).map(([k, v]) => [k, Buffer.from(v)])));
const sign = microseconds((i) => signer.headersFor(topic, messages[i % messages.length].key, messages[i % messages.length].value));
const verify = microseconds((i) => {
  const m = messages[i % messages.length];
  if (keyring.check(topic, Buffer.from(m.key), m.value, headers[i % messages.length])) throw new Error('a valid signature was refused');
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sodium = require('sodium-native');
const publicKey = Buffer.alloc(32);
const secretKey = Buffer.alloc(64);
sodium.crypto_sign_keypair(publicKey, secretKey);
const signature = Buffer.alloc(64);
sodium.crypto_sign_detached(signature, messages[0].value, secretKey);
const bare = microseconds(() => sodium.crypto_sign_verify_detached(signature, messages[0].value, publicKey));
console.log(JSON.stringify({ eventBytes: messages[0].value.length, signUs: +sign.toFixed(1), verifyUs: +verify.toFixed(1), bareLibsodiumVerifyUs: +bare.toFixed(1), loadAverage: +loadavg()[0].toFixed(1) }));
