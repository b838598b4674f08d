import { generateKeyPairSync } from 'node:crypto';
import { canonicalJson, inCanonicalOrder, signEvent, verifyEventSignature } from './event-signature';

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

describe(inCanonicalOrder.name, () => {
  it('holds for sorted plain JSON and fails for anything JSON.stringify would write differently', () => {
    expect(inCanonicalOrder({ a: 1, b: { c: [1, 'x', null, { d: true }] } })).toBe(true);
    expect(inCanonicalOrder({ b: 1, a: 1 })).toBe(false);
    expect(inCanonicalOrder({ a: { z: 1, y: 2 } })).toBe(false);
    expect(inCanonicalOrder([{ b: 1, a: 2 }])).toBe(false);
    expect(inCanonicalOrder({ a: undefined })).toBe(false);
    expect(inCanonicalOrder([undefined])).toBe(false);
    expect(inCanonicalOrder({ at: new Date(0) })).toBe(false);
    expect(inCanonicalOrder(Number.NaN)).toBe(false);
    // V8 puts integer-like keys first in numeric order; "10" < "9" as text, so this is not canonical.
    expect(inCanonicalOrder({ '9': 1, '10': 2 })).toBe(false);
  });

  it('lets canonicalJson take the JSON.stringify path only where both write the same', () => {
    const samples: unknown[] = [
      { a: 1, b: [{ c: 'ä', d: -0 }] }, { '10': 1, '9': 2 }, { at: new Date(0) }, [undefined, { b: 1, a: 2 }], { a: { b: undefined } },
    ];
    for (const sample of samples) {
      if (inCanonicalOrder(sample)) expect(JSON.stringify(sample)).toBe(canonicalJson(JSON.parse(JSON.stringify(sample))));
    }
    expect(canonicalJson({ '10': 1, '9': 2 })).toBe('{"10":1,"9":2}');
  });
});

describe(`${signEvent.name} output`, () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');

  it('is already in canonical order, so what the SDK sends is checked on the fast path and still verifies', () => {
    const signed = signEvent({ type: 't', specversion: '1.0', data: { z: 1, a: { y: [{ q: 1, p: 2 }] } }, id: 'e-1' }, privateKey, 'k-1');
    expect(inCanonicalOrder(signed)).toBe(true);
    expect(JSON.stringify(signed)).toBe(canonicalJson(signed));
    expect(verifyEventSignature(JSON.parse(JSON.stringify(signed)), publicKey)).toBe(true);
  });
});
