import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, JWK, SignJWT } from 'jose';
import { DomainError } from '../errors/domain-error';
import { OidcTokenVerifier, SharedSecretVerifier } from './token-verifier';

// A small issuer of our own (discovery document + JWKS over real HTTP) so every failure mode,
// the outage included, can be produced on demand; the integration specs use the real Keycloak.
class TestIssuer {
  keys: JWK[] = [];
  private server?: Server;
  url = '';

  async start(port = 0): Promise<void> {
    this.server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/.well-known/openid-configuration') res.end(JSON.stringify({ issuer: this.url, jwks_uri: `${this.url}/certs` }));
      else res.end(JSON.stringify({ keys: this.keys }));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  get port(): number {
    return Number(new URL(this.url).port);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

async function signingKey(kid: string, alg: 'RS256' | 'ES256' = 'RS256') {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

const claims = { region: '81.71', roles: ['opd'], preferred_username: 'opd.81.71' };

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('the token was accepted');
}

describe(OidcTokenVerifier.name, () => {
  const issuer = new TestIssuer();
  let rsa: Awaited<ReturnType<typeof signingKey>>;
  let ec: Awaited<ReturnType<typeof signingKey>>;

  beforeAll(async () => {
    await issuer.start();
    rsa = await signingKey('rsa-1');
    ec = await signingKey('ec-1', 'ES256');
    issuer.keys = [rsa.jwk, ec.jwk];
  });
  afterAll(() => issuer.stop());

  const sign = (key: { kid: string; alg: string; privateKey: CryptoKey }, edit: (jwt: SignJWT) => SignJWT = (j) => j) =>
    edit(new SignJWT(claims).setProtectedHeader({ alg: key.alg, kid: key.kid }).setIssuer(issuer.url).setAudience('selaras-api').setIssuedAt().setExpirationTime('5m')).sign(key.privateKey);

  it('accepts RS256 and ES256 tokens of the issuer with its audience', async () => {
    const verifier = new OidcTokenVerifier(issuer.url, 'selaras-api');
    expect(await verifier.verify(await sign(rsa))).toMatchObject({ region: '81.71', roles: ['opd'] });
    expect(await verifier.verify(await sign(ec))).toMatchObject({ region: '81.71' });
  });

  it('refuses every bad token with TOKEN_INVALID naming the failed check', async () => {
    const verifier = new OidcTokenVerifier(issuer.url, 'selaras-api');
    const now = Math.floor(Date.now() / 1000);
    const other = await signingKey('rsa-1'); // same kid, other key: another realm's token
    const unknown = await signingKey('never-published');
    const publicPem = new TextEncoder().encode(JSON.stringify(rsa.jwk));
    const header = (h: object) => Buffer.from(JSON.stringify(h)).toString('base64url');
    const body = Buffer.from(JSON.stringify({ ...claims, iss: issuer.url, aud: 'selaras-api', exp: now + 300 })).toString('base64url');
    const cases: [string, Promise<string>, RegExp][] = [
      ['expired', sign(rsa, (j) => j.setIssuedAt(now - 700).setExpirationTime(now - 600)), /expired/],
      ['not yet valid', sign(rsa, (j) => j.setNotBefore(now + 600)), /not yet valid/],
      ['without exp', new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'rsa-1' }).setIssuer(issuer.url).setAudience('selaras-api').sign(rsa.privateKey), /no exp/],
      ['wrong issuer', sign(rsa, (j) => j.setIssuer('http://127.0.0.1:1/realms/other')), /wrong issuer/],
      ['wrong audience', sign(rsa, (j) => j.setAudience('account')), /wrong audience/],
      ['alg none', Promise.resolve(`${header({ alg: 'none' })}.${body}.`), /algorithm not allowed/],
      ['HS256 signed with the public key', new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256', kid: 'rsa-1' }).setIssuer(issuer.url).setAudience('selaras-api').setExpirationTime('5m').sign(publicPem), /algorithm not allowed/],
      ['unknown kid', sign(unknown), /unknown signing key/],
      ['another issuer\'s key under a known kid', sign(other), /signature does not verify/],
      ['not a JWT', Promise.resolve('abc.def'), /malformed/],
    ];
    for (const [name, token, detail] of cases) {
      const error = await refusal(verifier.verify(await token));
      expect({ name, code: error.code, kind: error.kind }).toEqual({ name, code: 'TOKEN_INVALID', kind: 'unauthenticated' });
      expect(error.message).toMatch(detail);
    }
  });

  it('picks up a new signing key without a restart', async () => {
    const verifier = new OidcTokenVerifier(issuer.url, 'selaras-api', { cooldownMs: 0 });
    await verifier.verify(await sign(rsa));
    const rotated = await signingKey('rsa-2');
    issuer.keys = [...issuer.keys, rotated.jwk];
    expect(await verifier.verify(await sign(rotated))).toMatchObject({ region: '81.71' });
  });

  it('keeps accepting known keys while the issuer is down, and answers 503 for an unknown key', async () => {
    const down = new TestIssuer();
    await down.start();
    down.keys = [rsa.jwk];
    const verifier = new OidcTokenVerifier(down.url, 'selaras-api', { cooldownMs: 0 });
    const token = (key: typeof rsa) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: key.kid }).setIssuer(down.url).setAudience('selaras-api').setExpirationTime('5m').sign(key.privateKey);
    await verifier.verify(await token(rsa));
    await down.stop();
    expect(await verifier.verify(await token(rsa))).toMatchObject({ region: '81.71' });
    const error = await refusal(verifier.verify(await token(await signingKey('rsa-new'))));
    expect({ code: error.code, kind: error.kind }).toEqual({ code: 'ISSUER_UNREACHABLE', kind: 'unavailable' });
  });

  it('answers 503 when the issuer was never reached', async () => {
    const verifier = new OidcTokenVerifier('http://127.0.0.1:9/realms/none', 'selaras-api');
    const error = await refusal(verifier.verify(await sign(rsa)));
    expect(error.code).toBe('ISSUER_UNREACHABLE');
  });
});

describe(SharedSecretVerifier.name, () => {
  it('accepts HS256 tokens of the secret only, with exp', async () => {
    const secret = new TextEncoder().encode('selaras-test-secret-0123456789');
    const verifier = new SharedSecretVerifier('selaras-test-secret-0123456789');
    const good = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(secret);
    expect(await verifier.verify(good)).toMatchObject({ region: '81.71' });
    const noExp = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(secret);
    expect((await refusal(verifier.verify(noExp))).message).toMatch(/no exp/);
  });
});
