import { generateKeyPairSync, KeyObject, randomUUID } from 'node:crypto';
import { aUsulan, buildEvent, INBOUND_EVENT_TYPES, ProposalStateV1, signEvent, TOPICS, UsulanUpsertedV1 } from '@selaras/contracts';
import { eventually, httpClient, produce, publishEntries, RunningService, spbeKoordinasiEntry, startTestService, testKafka, testToken } from '@selaras/testing';
import { ProposalsAppModule } from '../app.module';
import { ProposalsConfig } from '../config';

/**
 * Issue 22 item 5 against the real broker and database: a kab/kota's key publishes as the
 * kab/kota only when the kab/kota requested it and its province's coordinator approved it.
 */
describe('regency key approval', () => {
  const kafka = testKafka();
  let service: RunningService;
  const ambonAdmin = () => httpClient(service.url, testToken('81.71', 'admin'));
  const ambonSystem = () => httpClient(service.url, testToken('81.71', 'opd'));
  const tualAdmin = () => httpClient(service.url, testToken('81.72', 'admin'));
  const malukuCoordinator = () => httpClient(service.url, testToken('81', 'coordinator'));
  const malukuAdmin = () => httpClient(service.url, testToken('81', 'admin'));
  const pem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();

  beforeAll(async () => {
    await publishEntries(kafka, [spbeKoordinasiEntry()]);
    service = await startTestService(ProposalsConfig, (c) => ProposalsAppModule.register(c));
  });

  afterAll(() => service?.close());

  /** Publishes one signed usulan for Ambon and resolves to the usulan, or to the refusal's code. */
  async function publishSigned(keyId: string, privateKey: KeyObject): Promise<{ accepted?: ProposalStateV1; refused?: string }> {
    const data = { ...aUsulan({ region: '81.71', locations: ['81.71'] }), externalId: `key-${randomUUID().slice(0, 8)}`, status: 'submitted' } as UsulanUpsertedV1;
    const event = signEvent(buildEvent(INBOUND_EVENT_TYPES.upserted, data, { source: '/regions/81.71/sipd', subject: data.externalId, region: '81.71' }) as unknown as Record<string, unknown>, privateKey, keyId);
    await produce(kafka, TOPICS.proposalsInbound.name, [{ key: `81.71:${data.externalId}`, value: JSON.stringify(event) }]);
    return eventually(async () => {
      // A key that is not approved proves no sender (issue 23): the refusal is filed without a
      // region, which only an admin lists.
      const rejections = (await httpClient(service.url, testToken('00', 'admin')).get<{ eventId: string; code: string }[]>('/v1/inbound/rejections?limit=500')).body;
      const refused = rejections.find((r) => r.eventId === event.id)?.code;
      if (refused) return { refused };
      const { items } = (await malukuCoordinator().get<{ items: ProposalStateV1[] }>('/v1/proposals?region=81.71&limit=500')).body;
      const accepted = items.find((p) => p.externalId === data.externalId);
      return accepted ? { accepted } : undefined;
    }, { timeoutMs: 60000, intervalMs: 250 });
  }

  async function requestKey(client = ambonAdmin()) {
    const pair = generateKeyPairSync('ed25519');
    const response = await client.post('/v1/inbound/keys', { region: '81.71', label: 'SIPD Kota Ambon', publicKey: pem(pair.publicKey) });
    return { response, privateKey: pair.privateKey, keyId: response.body?.keyId as string };
  }

  it('refuses a key the province\'s coordinator (or the province\'s admin) registers for a kab/kota', async () => {
    const byCoordinator = await requestKey(malukuCoordinator());
    expect(byCoordinator.response.status).toBe(403);
    expect(byCoordinator.response.body.code).toBe('ROLE_FORBIDDEN');
    const byProvinceAdmin = await requestKey(malukuAdmin());
    expect(byProvinceAdmin.response.status).toBe(403);
    expect(byProvinceAdmin.response.body.code).toBe('REGION_FORBIDDEN');
  });

  it('keeps a key the kab/kota requested unusable until the coordinator approves it, and the kab/kota cannot approve it itself', async () => {
    const key = await requestKey();
    expect(key.response.status).toBe(201);
    expect(key.response.body).toMatchObject({ region: '81.71', status: 'requested', approvedBy: null });
    expect(await publishSigned(key.keyId, key.privateKey)).toEqual({ refused: 'INBOUND_KEY_NOT_APPROVED' });
    const selfApproval = await ambonAdmin().post(`/v1/inbound/keys/${key.keyId}/approve`);
    expect(selfApproval.status).toBe(403);
    const neighbourCoordinator = await httpClient(service.url, testToken('81.71', 'coordinator')).post(`/v1/inbound/keys/${key.keyId}/approve`);
    expect(neighbourCoordinator.status).toBe(403);
    expect((await malukuCoordinator().get('/v1/inbound/keys?region=81.71')).body.find((k: { keyId: string }) => k.keyId === key.keyId).status).toBe('requested');
  }, 90000);

  it('publishes as the kab/kota with a key it requested (its regency system\'s token too) and the coordinator approved', async () => {
    const key = await requestKey(ambonSystem());
    expect(key.response.status).toBe(201);
    const approved = await malukuCoordinator().post(`/v1/inbound/keys/${key.keyId}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: { sub: 'test-coordinator@81', region: '81' } });
    const outcome = await publishSigned(key.keyId, key.privateKey);
    expect(outcome.accepted).toMatchObject({ region: '81.71', status: 'submitted' });
  }, 90000);

  it('stops a key once the kab/kota revokes it, and once the coordinator revokes it; a neighbour cannot', async () => {
    const revokedByRegion = await requestKey();
    const revokedByProvince = await requestKey();
    for (const key of [revokedByRegion, revokedByProvince]) expect((await malukuCoordinator().post(`/v1/inbound/keys/${key.keyId}/approve`)).status).toBe(200);
    expect((await tualAdmin().delete(`/v1/inbound/keys/${revokedByRegion.keyId}`)).status).toBe(403);
    expect((await ambonAdmin().delete(`/v1/inbound/keys/${revokedByRegion.keyId}`)).status).toBe(204);
    expect((await malukuCoordinator().delete(`/v1/inbound/keys/${revokedByProvince.keyId}`)).status).toBe(204);
    expect(await publishSigned(revokedByRegion.keyId, revokedByRegion.privateKey)).toEqual({ refused: 'INBOUND_KEY_UNKNOWN' });
    expect(await publishSigned(revokedByProvince.keyId, revokedByProvince.privateKey)).toEqual({ refused: 'INBOUND_KEY_UNKNOWN' });
    expect((await malukuCoordinator().post(`/v1/inbound/keys/${revokedByRegion.keyId}/approve`)).body.code).toBe('REGENCY_KEY_REVOKED');
  }, 120000);

  it('lists who requested, approved and revoked each key', async () => {
    const key = await requestKey();
    await malukuCoordinator().post(`/v1/inbound/keys/${key.keyId}/approve`);
    await ambonAdmin().delete(`/v1/inbound/keys/${key.keyId}`);
    const listed = (await malukuCoordinator().get('/v1/inbound/keys?region=81.71')).body.find((k: { keyId: string }) => k.keyId === key.keyId);
    expect(listed).toMatchObject({
      status: 'revoked',
      requestedBy: { sub: 'test-admin@81.71', region: '81.71' },
      approvedBy: { sub: 'test-coordinator@81', region: '81' },
      revokedBy: { sub: 'test-admin@81.71', region: '81.71' },
    });
    expect(listed.approvedAt).toEqual(expect.any(String));
  });
});
