import { generateKeyPairSync, sign } from 'node:crypto';
import { createEd25519Verifier, ED25519_IMPLEMENTATIONS, Ed25519Verifier } from './ed25519-verifier';

const pem = (key: { export(o: { type: 'spki'; format: 'pem' }): string | Buffer }) => key.export({ type: 'spki', format: 'pem' }).toString();

describe('Ed25519 verification of inbound signatures', () => {
  const signer = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519');
  const message = Buffer.from('{"data":{"paguIndikatif":150000000},"id":"e-1","keyid":"81.71-1","region":"81.71"}');
  const signature = sign(null, message, signer.privateKey);

  const sodium = ED25519_IMPLEMENTATIONS.libsodium();
  const implementations: [string, Ed25519Verifier][] = [['node:crypto', ED25519_IMPLEMENTATIONS.nodeCrypto()]];
  if (sodium) implementations.push(['libsodium', sodium]);

  it('uses libsodium on this platform (its prebuilt addon ships in the npm package)', () => {
    expect(sodium).toBeDefined();
    expect(createEd25519Verifier().implementation).toBe('libsodium');
  });

  describe.each(implementations)('%s', (_name, verifier) => {
    it('accepts the signer\'s signature, again and again with the cached key', () => {
      expect(verifier.verify(message, signature, pem(signer.publicKey))).toBe(true);
      expect(verifier.verify(message, signature, pem(signer.publicKey))).toBe(true);
    });

    it('refuses another key, a changed message, a changed or truncated signature', () => {
      expect(verifier.verify(message, signature, pem(other.publicKey))).toBe(false);
      expect(verifier.verify(Buffer.from(message.toString().replace('150000000', '150000001')), signature, pem(signer.publicKey))).toBe(false);
      const flipped = Buffer.from(signature);
      flipped[10] ^= 1;
      expect(verifier.verify(message, flipped, pem(signer.publicKey))).toBe(false);
      expect(verifier.verify(message, signature.subarray(0, 63), pem(signer.publicKey))).toBe(false);
      expect(verifier.verify(message, Buffer.alloc(0), pem(signer.publicKey))).toBe(false);
    });
  });

  it('gives both implementations the same verdict over many signatures', () => {
    if (!sodium) throw new Error('libsodium did not load');
    const node = ED25519_IMPLEMENTATIONS.nodeCrypto();
    for (let i = 0; i < 200; i++) {
      const pair = i % 2 === 0 ? signer : other;
      const text = Buffer.from(`{"i":${i}}`);
      const sig = sign(null, text, pair.privateKey);
      if (i % 3 === 0) sig[i % 64] ^= 0x40;
      const key = pem(i % 5 === 0 ? other.publicKey : signer.publicKey);
      expect(sodium.verify(text, sig, key)).toBe(node.verify(text, sig, key));
    }
  });
});
