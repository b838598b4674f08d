import { generateKeyPairSync } from 'node:crypto';
import { canonicalJson, signEvent, verifyEventSignature, verifyEventSignatureAsync } from './event-signature';

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

describe(verifyEventSignatureAsync.name, () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519');
  const event = { specversion: '1.0', id: 'e-1', region: '81.71', data: { paguIndikatif: 150000000, region: '81.71' } };

  it('gives the same answers as the synchronous check', async () => {
    const signed = signEvent(event, privateKey, 'ambon-1');
    await expect(verifyEventSignatureAsync(signed, publicKey)).resolves.toBe(true);
    await expect(verifyEventSignatureAsync({ ...signed, data: { ...signed.data, paguIndikatif: 999 } }, publicKey)).resolves.toBe(false);
    await expect(verifyEventSignatureAsync(signed, other.publicKey)).resolves.toBe(false);
    await expect(verifyEventSignatureAsync(event, publicKey)).resolves.toBe(false);
    await expect(verifyEventSignatureAsync({ ...signed, sig: 'not base64 at all!' }, publicKey)).resolves.toBe(false);
  });
});

describe(`${canonicalJson.name} on real events`, () => {
  /** The first implementation, kept here as the reference the faster one must match byte for byte. */
  function reference(value: unknown): string {
    if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
  }

  it('writes exactly what the first implementation wrote', () => {
    const samples: unknown[] = [
      { b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined }, 'ä': 'ü', Z: null, '10': 1, '9': [null, true, false, 1.5, 'x"y\\z\n'] },
      [], {}, [[[]]], 'text', 0, -0, 1e21, null, [undefined, 1], { nested: { deeper: { deepest: [{ k: 'v' }] } } },
    ];
    for (const sample of samples) expect(canonicalJson(sample)).toBe(reference(sample));
  });
});
