import { generateKeyPairSync } from 'node:crypto';
import { canonicalJson, signEvent, verifyEventSignature } from './event-signature';

describe(canonicalJson.name, () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[2,{"y":2,"z":1}]},"b":1}');
  });
});

describe(verifyEventSignature.name, () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519');
  const event = { specversion: '1.0', id: 'e-1', region: '81.71', data: { paguIndikatif: 150000000, region: '81.71' } };

  it('accepts an event signed by the key, whatever the key order on the wire', () => {
    const signed = signEvent(event, privateKey, 'ambon-1');
    const reordered = JSON.parse(JSON.stringify({ data: signed.data, sig: signed.sig, keyid: signed.keyid, region: signed.region, id: signed.id, specversion: signed.specversion }));
    expect(verifyEventSignature(reordered, publicKey)).toBe(true);
  });

  it('refuses a tampered event, another key, and a missing signature', () => {
    const signed = signEvent(event, privateKey, 'ambon-1');
    expect(verifyEventSignature({ ...signed, data: { ...signed.data, paguIndikatif: 999 } }, publicKey)).toBe(false);
    expect(verifyEventSignature(signed, other.publicKey)).toBe(false);
    expect(verifyEventSignature(event, publicKey)).toBe(false);
  });

  it('signs the key id too, so a signature cannot be moved to another key id', () => {
    const signed = signEvent(event, privateKey, 'ambon-1');
    expect(verifyEventSignature({ ...signed, keyid: 'tual-1' }, publicKey)).toBe(false);
  });
});
