import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { exportJWK, importPKCS8, SignJWT } from 'jose';
import { aUsulan, buildEvent, INBOUND_EVENT_TYPES, UsulanUpsertedV1 } from '@selaras/contracts';
import { ProposalsAppModule } from '../../apps/proposals/src/app.module';
import { ProposalsConfig } from '../../apps/proposals/src/config';
import {
  eventually, httpClient, keycloakAdmin, keycloakClientToken, keycloakMasterAdminToken, keycloakServiceEnv, keycloakUserToken, publishEntries, RunningService, spbeKoordinasiEntry, startTestService, TEST_ISSUER,
  testKafka,
} from '@selaras/testing';

const header = (token: string) => JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString());
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A service verifying the tokens of the real Keycloak (deploy/keycloak, started by the
 * integration set-up with the demo realm): people's and systems' tokens with their region and
 * roles, every kind of bad token refused with the check that failed, a new realm key picked up.
 */
describe('tokens of the Keycloak realm', () => {
  let proposals: RunningService;
  let admin: Awaited<ReturnType<typeof keycloakAdmin>>;
  /** A realm key whose private half this spec holds: Keycloak publishes it, the spec signs odd tokens with it. */
  const ours = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let oursKid: string;
  let componentId: string | undefined;

  const as = (token: string) => httpClient(proposals.url, token);
  const anUsulan = (region: string) => aUsulan({ region, locations: [region] });

  beforeAll(async () => {
    await publishEntries(testKafka(), [spbeKoordinasiEntry()]);
    proposals = await startTestService(ProposalsConfig, (c) => ProposalsAppModule.register(c), keycloakServiceEnv());
    admin = await keycloakAdmin();
    const opd = await keycloakUserToken('opd.81.71');
    // the catalog arrives from the topic after start-up
    await eventually(async () => (await as(opd).post('/v1/proposals', anUsulan('81.71'))).status === 201, { timeoutMs: 60000 });
  });

  afterAll(async () => {
    if (componentId) await admin('DELETE', `/components/${componentId}`);
    await proposals?.close();
  });

  it('accepts a demo user\'s token with the region and roles of the realm', async () => {
    const opd = await keycloakUserToken('opd.81.71');
    const created = await as(opd).post('/v1/proposals', anUsulan('81.71'));
    expect(created.status).toBe(201);
    expect(created.body.region).toBe('81.71');
    const forTual = await as(opd).post('/v1/proposals', anUsulan('81.72'));
    expect([forTual.status, forTual.body.code]).toEqual([403, 'REGION_FORBIDDEN']);
    const coordinator = await keycloakUserToken('koordinator.81');
    const read = await as(coordinator).get('/v1/proposals?region=81.71');
    expect(read.status).toBe(200);
    expect(read.body.items.length).toBeGreaterThan(0);
    const write = await as(coordinator).post('/v1/proposals', anUsulan('81'));
    expect([write.status, write.body.code]).toEqual([403, 'ROLE_FORBIDDEN']);
  });

  it('lets a regency client\'s client-credentials token create an usulan over POST /v1/inbound for its own region only', async () => {
    const regency = await keycloakClientToken('regency-81.71');
    const upsert = (region: string) => {
      const data = { ...anUsulan(region), externalId: `sipd-${randomUUID().slice(0, 8)}`, status: 'submitted' } as UsulanUpsertedV1;
      return buildEvent(INBOUND_EVENT_TYPES.upserted, data, { source: `/regions/${region}/sipd`, subject: data.externalId, region });
    };
    const own = await as(regency).post('/v1/inbound', upsert('81.71'));
    expect(own.status).toBe(202);
    expect(own.body).toMatchObject({ outcome: 'accepted', proposal: { region: '81.71', status: 'submitted' } });
    const other = await as(regency).post('/v1/inbound', upsert('81.72'));
    expect([other.status, other.body.code]).toEqual([403, 'INBOUND_REGION_NOT_COVERED']);
  });

  it('picks up a key added to the realm (rotation) without a restart', async () => {
    const before = await keycloakUserToken('opd.81.71');
    expect((await as(before).get('/v1/proposals?region=81.71')).status).toBe(200); // the service holds the key set now
    const pem = ours.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const added = await admin('POST', '/components', {
      name: `rotated-${randomUUID().slice(0, 8)}`,
      providerId: 'rsa',
      providerType: 'org.keycloak.keys.KeyProvider',
      config: { priority: ['1000'], enabled: ['true'], active: ['true'], algorithm: ['RS256'], privateKey: [pem] },
    });
    expect(added.status).toBe(201);
    componentId = added.location!.split('/').pop();
    const jwks = (await (await fetch(`${TEST_ISSUER}/protocol/openid-connect/certs`)).json()) as { keys: { kid: string; n?: string }[] };
    const n = (await exportJWK(ours.publicKey)).n;
    oursKid = jwks.keys.find((k) => k.n === n)!.kid;
    const after = await keycloakUserToken('opd.81.71');
    expect(header(after).kid).toBe(oursKid);
    expect(header(after).kid).not.toBe(header(before).kid);
    // an unknown kid fetches the key set again (at most every 5 s)
    await eventually(async () => (await as(after).get('/v1/proposals?region=81.71')).status === 200, { timeoutMs: 20000 });
  });

  it('refuses every bad token with 401 TOKEN_INVALID naming the failed check, and does nothing', async () => {
    expect(oursKid).toBeDefined(); // the rotation spec above registered our key with the realm
    const key = await importPKCS8(ours.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'RS256');
    const now = Math.floor(Date.now() / 1000);
    const claims = { region: '81.71', roles: ['opd'], preferred_username: 'opd.81.71', sub: 'forged' };
    const signed = (edit: (jwt: SignJWT) => SignJWT) => edit(new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: oursKid }).setIssuer(TEST_ISSUER).setAudience('selaras-api').setIssuedAt(now - 10).setExpirationTime(now + 300)).sign(key);
    const realmJwk = (await (await fetch(`${TEST_ISSUER}/protocol/openid-connect/certs`)).json()).keys.find((k: { kid: string }) => k.kid === oursKid);
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const strangerKey = await importPKCS8(stranger.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'RS256');

    const cases: [string, string, RegExp][] = [
      ['expired', await signed((j) => j.setIssuedAt(now - 3600).setExpirationTime(now - 600)), /expired/],
      ['not yet valid', await signed((j) => j.setNotBefore(now + 600)), /not yet valid/],
      ['without exp', await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: oursKid }).setIssuer(TEST_ISSUER).setAudience('selaras-api').sign(key), /no exp/],
      ['wrong issuer', await signed((j) => j.setIssuer(TEST_ISSUER.replace('/selaras', '/master'))), /wrong issuer/],
      ['wrong audience', await signed((j) => j.setAudience('account')), /wrong audience/],
      ['alg none', `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, iss: TEST_ISSUER, aud: 'selaras-api', exp: now + 300 })}.`, /algorithm not allowed/],
      ['HS256 signed with the realm\'s public key', await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: oursKid }).setIssuer(TEST_ISSUER).setAudience('selaras-api').setExpirationTime(now + 300).sign(new TextEncoder().encode(JSON.stringify(realmJwk))), /algorithm not allowed/],
      ['unknown kid', await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'not-a-realm-key' }).setIssuer(TEST_ISSUER).setAudience('selaras-api').setExpirationTime(now + 300).sign(strangerKey), /unknown signing key/],
    ];
    const coordinator = await keycloakUserToken('koordinator.81');
    const count = async () => (await as(coordinator).get('/v1/proposals?region=81.71&limit=500')).body.items.length;
    const before = await count();
    for (const [name, token, detail] of cases) {
      const response = await as(token).post('/v1/proposals', anUsulan('81.71'));
      expect({ name, status: response.status, code: response.body.code }).toEqual({ name, status: 401, code: 'TOKEN_INVALID' });
      expect(response.body.detail).toMatch(detail);
    }
    expect(await count()).toBe(before);
  });

  it('refuses a token of another realm of the same Keycloak', async () => {
    // the master realm's admin token: signed by Keycloak, but by another realm's key and issuer
    const adminToken = await keycloakMasterAdminToken();
    const response = await as(adminToken).get('/v1/proposals?region=81.71');
    expect([response.status, response.body.code]).toEqual([401, 'TOKEN_INVALID']);
    expect(response.body.detail).toMatch(/unknown signing key|wrong issuer/);
  });
});
