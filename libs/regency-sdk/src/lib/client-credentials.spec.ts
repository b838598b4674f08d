import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ClientCredentialsTokens } from './client-credentials';
import { RegencySdkError } from './sdk-error';

/** A token endpoint over real HTTP that counts its grants (the real Keycloak is in test/e2e/sign-in). */
class TokenEndpoint {
  grants: URLSearchParams[] = [];
  expiresIn = 300;
  refuse = false;
  private server?: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/realms/selaras/.well-known/openid-configuration') return res.end(JSON.stringify({ token_endpoint: `${this.url}/token` }));
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        this.grants.push(form);
        if (this.refuse) {
          res.statusCode = 401;
          return res.end(JSON.stringify({ error: 'unauthorized_client', error_description: 'Invalid client credentials' }));
        }
        res.end(JSON.stringify({ access_token: `token-${this.grants.length}`, expires_in: this.expiresIn }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server!.close(() => resolve()));
  }
}

describe(ClientCredentialsTokens.name, () => {
  const endpoint = new TokenEndpoint();
  let now = 0;
  beforeAll(() => endpoint.start());
  afterAll(() => endpoint.stop());
  beforeEach(() => {
    endpoint.grants = [];
    endpoint.refuse = false;
    now = 1_000_000;
  });

  const tokens = () => new ClientCredentialsTokens({ issuer: `${endpoint.url}/realms/selaras`, clientId: 'regency-81.71', clientSecret: 's3cret' }, () => now);

  it('asks the issuer\'s token endpoint with the client\'s credentials and reuses the token until shortly before it expires', async () => {
    const source = tokens();
    expect(await source.token()).toBe('token-1');
    expect(Object.fromEntries(endpoint.grants[0])).toEqual({ grant_type: 'client_credentials', client_id: 'regency-81.71', client_secret: 's3cret' });
    now += 239_000; // 4 minutes of a 5-minute token: still good
    expect(await source.token()).toBe('token-1');
    now += 2_000; // less than a minute left: renewed
    expect(await source.token()).toBe('token-2');
  });

  it('shares one request among concurrent callers, and fetches anew after invalidate', async () => {
    const source = tokens();
    expect(await Promise.all([source.token(), source.token(), source.token()])).toEqual(['token-1', 'token-1', 'token-1']);
    source.invalidate();
    expect(await source.token()).toBe('token-2');
    expect(endpoint.grants).toHaveLength(2);
  });

  it('throws SDK_AUTH_FAILED with the provider\'s reason when the client is refused', async () => {
    endpoint.refuse = true;
    await expect(tokens().token()).rejects.toMatchObject({ code: 'SDK_AUTH_FAILED', message: expect.stringContaining('Invalid client credentials') });
    await expect(tokens().token()).rejects.toBeInstanceOf(RegencySdkError);
  });
});
