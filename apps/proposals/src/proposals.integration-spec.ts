import { generateKeyPairSync, randomUUID } from 'node:crypto';
import {
  aUsulan, buildEvent, DLQ_HEADERS, INBOUND_EVENT_TYPES, NOMENCLATURE_EVENT_TYPES, ProposalStateV1, signEvent, TOPICS, UsulanBatchV1, UsulanUpsertedV1,
} from '@selaras/contracts';
import { eventually, httpClient, produce, publishEntries, readTopic, registerApprovedKey, RunningService, spbeKoordinasiEntry, startTestService, testKafka, testToken, topicEnds } from '@selaras/testing';
import { ProposalsAppModule } from './app.module';
import { ProposalsConfig } from './config';

/** proposals against the real broker and database: lifecycle, authority, inbound, nomenclature changes. */
describe('proposals service', () => {
  const kafka = testKafka();
  let service: RunningService;
  const ambonOpd = () => httpClient(service.url, testToken('81.71', 'opd'));
  const ambonBappeda = () => httpClient(service.url, testToken('81.71', 'bappeda'));
  const tualOpd = () => httpClient(service.url, testToken('81.72', 'opd'));
  const malukuCoordinator = () => httpClient(service.url, testToken('81', 'coordinator'));
  const malukuOpd = () => httpClient(service.url, testToken('81', 'opd'));
  /** Where the shared topics ended before this spec: it reads only what it caused, not every earlier spec's events. */
  let before: Record<'events' | 'priorities' | 'inboundDlq', { partition: number; offset: string }[]>;

  beforeAll(async () => {
    before = {
      events: await topicEnds(kafka, TOPICS.proposalsEvents.name),
      priorities: await topicEnds(kafka, TOPICS.proposalsPriorities.name),
      inboundDlq: await topicEnds(kafka, `${TOPICS.proposalsInbound.name}.dlq`),
    };
    await publishEntries(kafka, [
      spbeKoordinasiEntry(),
      spbeKoordinasiEntry({ level: 'PROV', code: '2.16.03.1.02.0041' }),
      spbeKoordinasiEntry({ code: '2.16.03.2.02.0040', name: 'Sub kegiatan yang akan dihapus' }),
      spbeKoordinasiEntry({ code: '2.16.03.2.02.0042', name: 'Penggantinya' }),
    ]);
    service = await startTestService(ProposalsConfig, (c) => ProposalsAppModule.register(c));
    // The catalog is read from the topic at start-up; wait until a valid code is accepted.
    await eventually(async () => (await ambonOpd().post('/v1/proposals', aUsulan())).status === 201);
  });

  afterAll(() => service?.close());

  async function draft(overrides: Partial<ReturnType<typeof aUsulan>> = {}): Promise<ProposalStateV1> {
    const response = await ambonOpd().post<ProposalStateV1>('/v1/proposals', aUsulan(overrides));
    expect(response.status).toBe(201);
    return response.body;
  }

  async function eventsOf(id: string, count: number): Promise<string[]> {
    const messages = await readTopic(kafka, TOPICS.proposalsEvents.name, (ms) => ms.filter((m) => m.key?.toString() === id).length >= count, 30000, before.events);
    return messages.filter((m) => m.key?.toString() === id).map((m) => JSON.parse(m.value!.toString()).type);
  }

  describe('lifecycle', () => {
    it('moves an usulan draft → submitted → agreed with changes and publishes one event per change', async () => {
      const created = await draft({ paguIndikatif: 200_000_000 });
      const submitted = await ambonOpd().post(`/v1/proposals/${created.id}/submit`, { expectedRevision: 1 });
      expect(submitted.body).toMatchObject({ status: 'submitted', revision: 2 });
      const agreed = await ambonBappeda().post(`/v1/proposals/${created.id}/agree`, { beritaAcara: 'BA/FPD/DISKOMINFO/2026/07', changes: { paguIndikatif: 175_000_000 } });
      expect(agreed.status).toBe(200);
      expect(agreed.body).toMatchObject({ status: 'agreed', revision: 3, paguIndikatif: 175_000_000, decision: { outcome: 'agreed_with_changes', beritaAcara: 'BA/FPD/DISKOMINFO/2026/07', paguBefore: 200_000_000 } });
      expect(await eventsOf(created.id, 3)).toEqual(['proposals.proposal.drafted.v1', 'proposals.proposal.submitted.v1', 'proposals.proposal.agreed.v1']);
      const history = await ambonOpd().get(`/v1/proposals/${created.id}/history`);
      expect(history.body.map((h: { revision: number }) => h.revision)).toEqual([1, 2, 3]);
    });

    it('requires a reason to reject, and lets a deferred usulan be revised and submitted again', async () => {
      const created = await draft();
      await ambonOpd().post(`/v1/proposals/${created.id}/submit`, {});
      const noReason = await ambonBappeda().post(`/v1/proposals/${created.id}/reject`, { beritaAcara: 'BA/1' });
      expect(noReason.body.code).toBe('DECISION_REASON_REQUIRED');
      const deferred = await ambonBappeda().post(`/v1/proposals/${created.id}/defer`, { beritaAcara: 'BA/1', reason: 'menunggu pagu' });
      expect(deferred.body.status).toBe('deferred');
      const revised = await ambonOpd().patch(`/v1/proposals/${created.id}`, { expectedRevision: 3, paguIndikatif: 90_000_000 });
      expect(revised.body).toMatchObject({ status: 'deferred', revision: 4, paguIndikatif: 90_000_000 });
      expect((await ambonOpd().post(`/v1/proposals/${created.id}/submit`, {})).body.status).toBe('submitted');
    });

    it('answers 409 to a revision based on a stale expectedRevision', async () => {
      const created = await draft();
      const first = await ambonOpd().patch(`/v1/proposals/${created.id}`, { expectedRevision: 1, paguIndikatif: 1_000 });
      const second = await ambonOpd().patch(`/v1/proposals/${created.id}`, { expectedRevision: 1, paguIndikatif: 2_000 });
      expect(first.status).toBe(200);
      expect(second.status).toBe(409);
      expect(second.body).toMatchObject({ code: 'PROPOSAL_REVISION_STALE', currentRevision: 2 });
      expect((await ambonOpd().get(`/v1/proposals/${created.id}`)).body.paguIndikatif).toBe(1_000);
    });

    it('records a whole forum session at once, or nothing when one decision is not allowed', async () => {
      const [a, b, c] = [await draft(), await draft(), await draft()];
      await ambonOpd().post(`/v1/proposals/${a.id}/submit`, {});
      await ambonOpd().post(`/v1/proposals/${b.id}/submit`, {});
      const refused = await ambonBappeda().post('/v1/forum/decisions', {
        beritaAcara: 'BA/FPD/2026/09',
        decisions: [{ proposalId: a.id, outcome: 'agreed_as_proposed' }, { proposalId: c.id, outcome: 'agreed_as_proposed' }],
      });
      expect(refused.status).toBe(409);
      expect((await ambonOpd().get(`/v1/proposals/${a.id}`)).body.status).toBe('submitted');
      const done = await ambonBappeda().post('/v1/forum/decisions', {
        beritaAcara: 'BA/FPD/2026/09',
        decisions: [{ proposalId: a.id, outcome: 'agreed_as_proposed' }, { proposalId: b.id, outcome: 'rejected', reason: 'duplikasi dengan usulan lain' }],
      });
      expect(done.body.map((p: ProposalStateV1) => p.status)).toEqual(['agreed', 'rejected']);
    });
  });

  describe('region authority', () => {
    it('refuses Kota Ambon writing for Kota Tual', async () => {
      const response = await ambonOpd().post('/v1/proposals', aUsulan({ region: '81.72', locations: ['81.72'] }));
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('REGION_FORBIDDEN');
    });

    it('refuses a provincial sub kegiatan for a kab/kota', async () => {
      const response = await ambonOpd().post('/v1/proposals', aUsulan({ subKegiatan: '2.16.03.1.02.0041' }));
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('SUB_KEGIATAN_WRONG_LEVEL');
    });

    it('refuses a location outside the region', async () => {
      const response = await ambonOpd().post('/v1/proposals', aUsulan({ locations: ['81.72'] }));
      expect(response.body.code).toBe('LOCATION_OUTSIDE_REGION');
    });

    it('lets the Maluku coordinator read Ambon but not Tual\'s operator; an OPD cannot decide', async () => {
      const created = await draft();
      expect((await malukuCoordinator().get(`/v1/proposals/${created.id}`)).status).toBe(200);
      expect((await tualOpd().get(`/v1/proposals/${created.id}`)).status).toBe(403);
      const decide = await ambonOpd().post(`/v1/proposals/${created.id}/agree`, { beritaAcara: 'BA/1' });
      expect(decide.body.code).toBe('ROLE_FORBIDDEN');
    });

    it('keeps a provincial OPD to the province\'s own usulan: Ambon\'s are read by the coordinator only', async () => {
      const ambons = await draft();
      const provincial = await malukuOpd().post('/v1/proposals', aUsulan({ region: '81', subKegiatan: '2.16.03.1.02.0041', locations: ['81'] }));
      expect(provincial.status).toBe(201);
      const refused = await malukuOpd().get(`/v1/proposals/${ambons.id}`);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'REGION_FORBIDDEN', detail: expect.stringContaining("a province's coordinator or viewer also its kab/kota") });
      expect((await malukuOpd().get('/v1/proposals?region=81.71')).status).toBe(403);
      const own = await malukuOpd().get<{ items: ProposalStateV1[] }>('/v1/proposals?limit=500');
      expect(own.body.items.map((p) => p.id)).toContain(provincial.body.id);
      expect(own.body.items.every((p) => p.region === '81')).toBe(true);
      const all = await malukuCoordinator().get<{ items: ProposalStateV1[] }>('/v1/proposals?limit=500');
      expect(all.body.items.map((p) => p.id)).toEqual(expect.arrayContaining([provincial.body.id, ambons.id]));
    });
  });

  describe('provincial priorities', () => {
    it('lets the coordinator declare a priority (event on proposals.priorities) and refuses an OPD', async () => {
      const declared = await malukuCoordinator().post('/v1/priorities', { province: '81', year: 2027, title: 'Transformasi digital pemerintahan', code: '2.16.03' });
      expect(declared.status).toBe(201);
      expect((await ambonOpd().post('/v1/priorities', { province: '81', year: 2027, title: 'x', code: '2.16.03' })).status).toBe(403);
      const messages = await readTopic(kafka, TOPICS.proposalsPriorities.name, (ms) => ms.some((m) => m.key?.toString() === declared.body.id), 30000, before.priorities);
      expect(JSON.parse(messages.find((m) => m.key?.toString() === declared.body.id)!.value!.toString())).toMatchObject({ type: 'proposals.priority.declared.v1', data: { code: '2.16.03', province: '81' } });
      expect((await ambonOpd().get('/v1/priorities?province=81&year=2027')).body.map((p: { id: string }) => p.id)).toContain(declared.body.id);
    });
  });

  describe('inbound from regency systems', () => {
    const ambonKey = generateKeyPairSync('ed25519');
    let keyId: string;

    beforeAll(async () => {
      keyId = await registerApprovedKey(service.url, '81.71', ambonKey.publicKey, 'SIPD Kota Ambon');
    });

    function upsert(overrides: Partial<UsulanUpsertedV1> = {}, region = '81.71') {
      const data = { ...aUsulan({ region, locations: [region] }), externalId: `ambon-${randomUUID().slice(0, 8)}`, status: 'submitted', ...overrides } as UsulanUpsertedV1;
      return buildEvent(INBOUND_EVENT_TYPES.upserted, data, { source: `/regions/${region}/sipd`, subject: data.externalId, region });
    }

    async function findByExternalId(externalId: string): Promise<ProposalStateV1 | undefined> {
      const list = await malukuCoordinator().get<{ items: ProposalStateV1[] }>('/v1/proposals?region=81.71&limit=500');
      return list.body.items.find((p) => p.externalId === externalId);
    }

    async function rejectionFor(eventId: string) {
      return eventually(async () => (await malukuCoordinator().get('/v1/inbound/rejections?region=81')).body.find((r: { eventId: string }) => r.eventId === eventId));
    }

    it('accepts a signed event from the topic, and the same event again changes nothing', async () => {
      const event = signEvent(upsert() as unknown as Record<string, unknown>, ambonKey.privateKey, keyId);
      await produce(kafka, TOPICS.proposalsInbound.name, [{ key: `81.71:${event.subject}`, value: JSON.stringify(event) }]);
      const accepted = await eventually(() => findByExternalId(event.subject as string));
      expect(accepted).toMatchObject({ status: 'submitted', revision: 1, region: '81.71' });
      const marker = signEvent(upsert() as unknown as Record<string, unknown>, ambonKey.privateKey, keyId);
      await produce(kafka, TOPICS.proposalsInbound.name, [
        { key: `81.71:${event.subject}`, value: JSON.stringify(event) },
        { key: `81.71:${marker.subject}`, value: JSON.stringify(marker) },
      ]);
      await eventually(() => findByExternalId(marker.subject as string));
      expect((await findByExternalId(event.subject as string))?.revision).toBe(1);
    });

    it('checks the signature over the event as sent: a newer sender\'s extra fields and any key order still verify', async () => {
      // A compatible change adds optional fields (DESIGN §4): an older province strips them from
      // the usulan, but the regency signed them, so the check must see them.
      const withExtras = { ...upsert(), traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' } as unknown as Record<string, unknown>;
      (withExtras.data as Record<string, unknown>).kodeRekening = '5.1.02.01';
      const signed = signEvent(withExtras, ambonKey.privateKey, keyId);
      const reordered = Object.fromEntries(Object.entries(signed).reverse());
      const plain = signEvent(upsert() as unknown as Record<string, unknown>, ambonKey.privateKey, keyId);
      await produce(kafka, TOPICS.proposalsInbound.name, [
        { key: `81.71:${signed.subject}`, value: JSON.stringify(reordered) },
        { key: `81.71:${plain.subject}`, value: JSON.stringify(plain) },
      ]);
      await eventually(() => findByExternalId(plain.subject as string));
      expect(await findByExternalId(signed.subject as string)).toMatchObject({ status: 'submitted', region: '81.71' });
      const rejections = (await malukuCoordinator().get('/v1/inbound/rejections?region=81')).body as { eventId: string }[];
      expect(rejections.map((r) => r.eventId)).not.toContain(signed.id);
    });

    it('publishes one canonical event per inbound event: submitted at once, then revised', async () => {
      const first = upsert();
      const data = first.data as UsulanUpsertedV1;
      const second = upsert({ ...data, paguIndikatif: data.paguIndikatif + 1 });
      const signed = [first, second].map((e) => signEvent(e as unknown as Record<string, unknown>, ambonKey.privateKey, keyId));
      await produce(kafka, TOPICS.proposalsInbound.name, signed.map((e) => ({ key: `81.71:${data.externalId}`, value: JSON.stringify(e) })));
      const accepted = await eventually(async () => {
        const found = await findByExternalId(data.externalId);
        return found?.revision === 2 ? found : undefined;
      });
      expect(accepted).toMatchObject({ status: 'submitted', paguIndikatif: data.paguIndikatif + 1 });
      expect(await eventsOf(accepted.id, 2)).toEqual(['proposals.proposal.submitted.v1', 'proposals.proposal.revised.v1']);
      const history = await malukuCoordinator().get(`/v1/proposals/${accepted.id}/history`);
      expect(history.body.map((h: { revision: number }) => h.revision)).toEqual([1, 2]);
    });

    it('turns a draft revised and submitted by one inbound event into one submitted event with the new content', async () => {
      const draftEvent = upsert({ status: 'draft' });
      const data = draftEvent.data as UsulanUpsertedV1;
      const submitEvent = upsert({ ...data, status: 'submitted', paguIndikatif: data.paguIndikatif + 5 });
      const signed = [draftEvent, submitEvent].map((e) => signEvent(e as unknown as Record<string, unknown>, ambonKey.privateKey, keyId));
      await produce(kafka, TOPICS.proposalsInbound.name, signed.map((e) => ({ key: `81.71:${data.externalId}`, value: JSON.stringify(e) })));
      const accepted = await eventually(async () => {
        const found = await findByExternalId(data.externalId);
        return found?.revision === 2 ? found : undefined;
      });
      expect(accepted).toMatchObject({ status: 'submitted', paguIndikatif: data.paguIndikatif + 5 });
      expect(await eventsOf(accepted.id, 2)).toEqual(['proposals.proposal.drafted.v1', 'proposals.proposal.submitted.v1']);
    });

    it('refuses Ambon\'s key publishing for Tual, keeps the reason and dead-letters it with the same code', async () => {
      const event = signEvent(upsert({}, '81.72') as unknown as Record<string, unknown>, ambonKey.privateKey, keyId);
      await produce(kafka, TOPICS.proposalsInbound.name, [{ key: `81.72:${event.subject}`, value: JSON.stringify(event) }]);
      const rejection = await rejectionFor(event.id as string);
      expect(rejection).toMatchObject({ code: 'INBOUND_REGION_NOT_COVERED', region: '81.72', channel: 'kafka' });
      const letters = await readTopic(kafka, `${TOPICS.proposalsInbound.name}.dlq`, (ms) => ms.some((m) => m.value?.toString().includes(event.id as string)), 30000, before.inboundDlq);
      const letter = letters.find((m) => m.value?.toString().includes(event.id as string))!;
      expect(letter.headers?.[DLQ_HEADERS.errorCode]?.toString()).toBe('INBOUND_REGION_NOT_COVERED');
    });

    it('refuses an unsigned event and one with a provincial code, with their reasons', async () => {
      const unsigned = upsert();
      const wrongLevel = signEvent(upsert({ subKegiatan: '2.16.03.1.02.0041' }) as unknown as Record<string, unknown>, ambonKey.privateKey, keyId);
      await produce(kafka, TOPICS.proposalsInbound.name, [
        { key: 'a', value: JSON.stringify(unsigned) },
        { key: 'b', value: JSON.stringify(wrongLevel) },
      ]);
      expect((await rejectionFor(unsigned.id)).code).toBe('INBOUND_SIGNATURE_MISSING');
      expect((await rejectionFor(wrongLevel.id as string)).code).toBe('SUB_KEGIATAN_WRONG_LEVEL');
      // Ambon's rejections are the coordinator's to read, not a provincial OPD's.
      const provinceOwn = (await malukuOpd().get<{ region: string }[]>('/v1/inbound/rejections?region=81')).body;
      expect(provinceOwn.filter((r) => r.region !== '81')).toEqual([]);
      expect((await malukuOpd().get('/v1/inbound/rejections?region=81.71')).status).toBe(403);
    });

    it('accepts the same events over HTTP with the bearer token standing in for the signature', async () => {
      const event = upsert({ status: 'draft' });
      const first = await ambonOpd().post('/v1/inbound', event);
      expect(first.status).toBe(202);
      expect(first.body).toMatchObject({ outcome: 'accepted', proposal: { status: 'draft', externalId: event.subject } });
      expect((await ambonOpd().post('/v1/inbound', event)).body.outcome).toBe('duplicate');
      const withdraw = buildEvent(INBOUND_EVENT_TYPES.withdrawn, { region: '81.71', externalId: event.subject }, { source: '/regions/81.71/sipd', subject: event.subject, region: '81.71' });
      expect((await ambonOpd().post('/v1/inbound', withdraw)).body.proposal.status).toBe('withdrawn');
      const forTual = upsert({}, '81.72');
      const refused = await ambonOpd().post('/v1/inbound', forTual);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('INBOUND_REGION_NOT_COVERED');
      expect((await rejectionFor(forTual.id)).channel).toBe('http');
    });
  });

  describe('inbound batches from regency systems', () => {
    const tualKey = generateKeyPairSync('ed25519');
    let keyId: string;

    beforeAll(async () => {
      keyId = await registerApprovedKey(service.url, '81.72', tualKey.publicKey, 'SIPD Kota Tual');
    });

    function upsert(overrides: Partial<UsulanUpsertedV1> = {}, region = '81.72') {
      const data = { ...aUsulan({ region, locations: [region] }), externalId: `tual-${randomUUID().slice(0, 8)}`, status: 'submitted', ...overrides } as UsulanUpsertedV1;
      return buildEvent(INBOUND_EVENT_TYPES.upserted, data, { source: `/regions/${region}/sipd`, subject: data.externalId, region });
    }

    const batchOf = (events: unknown[]) => buildEvent(INBOUND_EVENT_TYPES.batch, { region: '81.72', events } as UsulanBatchV1, { source: '/regions/81.72/sipd', subject: '81.72', region: '81.72' });
    const signed = (event: object) => signEvent(event as Record<string, unknown>, tualKey.privateKey, keyId);

    async function tualUsulan(externalId: string): Promise<ProposalStateV1 | undefined> {
      const list = await malukuCoordinator().get<{ items: ProposalStateV1[] }>('/v1/proposals?region=81.72&limit=500');
      return list.body.items.find((p) => p.externalId === externalId);
    }

    const rejectionsOf = async (ids: string[]) => {
      const all = (await malukuCoordinator().get<{ eventId: string; code: string; channel: string }[]>('/v1/inbound/rejections?region=81&limit=1000')).body;
      return ids.map((id) => all.find((r) => r.eventId === id)?.code);
    };

    it('applies each event of a signed batch as if sent alone: the valid ones applied, each bad one refused with its reason, and the batch again changes nothing', async () => {
      const good = [upsert(), upsert({ status: 'draft' })];
      const wrongLevel = upsert({ subKegiatan: '2.16.03.1.02.0041' });
      const malformed = { ...upsert(), data: { ...upsert().data, paguIndikatif: 1.5 } };
      const ofAmbon = upsert({}, '81.71');
      const batch = signed(batchOf([good[0], wrongLevel, malformed, ofAmbon, good[1]]));
      await produce(kafka, TOPICS.proposalsInbound.name, [{ key: '81.72', value: JSON.stringify(batch) }]);

      const refused = [wrongLevel.id, malformed.id, ofAmbon.id];
      expect(await eventually(async () => {
        const codes = await rejectionsOf(refused);
        return codes.every(Boolean) ? codes : undefined;
      })).toEqual(['SUB_KEGIATAN_WRONG_LEVEL', 'EVENT_PAYLOAD_INVALID', 'INBOUND_REGION_MISMATCH']);
      expect(await tualUsulan(good[0].subject)).toMatchObject({ status: 'submitted', revision: 1, region: '81.72' });
      expect(await tualUsulan(good[1].subject)).toMatchObject({ status: 'draft', revision: 1 });
      expect(await tualUsulan(wrongLevel.subject)).toBeUndefined();
      // The batch's history rows are written in one statement: each holds its own usulan's state.
      for (const event of good) {
        const usulan = (await tualUsulan(event.subject))!;
        const history = (await malukuCoordinator().get<{ revision: number; state: ProposalStateV1 }[]>(`/v1/proposals/${usulan.id}/history`)).body;
        expect(history.map((h) => [h.revision, h.state.id, h.state.externalId, h.state.status])).toEqual([[1, usulan.id, event.subject, usulan.status]]);
      }

      // Each refused event is its own dead letter: its JSON, its reason, and where in the batch it was.
      const letters = await readTopic(kafka, `${TOPICS.proposalsInbound.name}.dlq`, (ms) => refused.every((id) => ms.some((m) => m.value?.toString().includes(id))), 30000, before.inboundDlq);
      const letterOf = (id: string) => letters.find((m) => JSON.parse(m.value!.toString()).id === id)!;
      expect([wrongLevel, malformed, ofAmbon].map((e) => [letterOf(e.id).headers?.[DLQ_HEADERS.errorCode]?.toString(), letterOf(e.id).headers?.[DLQ_HEADERS.originBatch]?.toString(), letterOf(e.id).headers?.[DLQ_HEADERS.originBatchIndex]?.toString()]))
        .toEqual([['SUB_KEGIATAN_WRONG_LEVEL', batch.id, '1'], ['EVENT_PAYLOAD_INVALID', batch.id, '2'], ['INBOUND_REGION_MISMATCH', batch.id, '3']]);

      // The same batch again, then a marker behind it on the same partition: nothing applied twice.
      const marker = upsert();
      await produce(kafka, TOPICS.proposalsInbound.name, [
        { key: '81.72', value: JSON.stringify(batch) },
        { key: '81.72', value: JSON.stringify(signed(batchOf([marker]))) },
      ]);
      await eventually(() => tualUsulan(marker.subject));
      expect((await tualUsulan(good[0].subject))?.revision).toBe(1);
      expect(await eventsOf((await tualUsulan(good[0].subject))!.id, 1)).toEqual(['proposals.proposal.submitted.v1']);
    });

    it('refuses every event of a batch whose signature does not match what was sent, and applies none', async () => {
      const events = [upsert(), upsert()];
      const batch = signed(batchOf(events)) as unknown as ReturnType<typeof batchOf>;
      const tampered = { ...batch, data: { ...batch.data, events: [events[0], upsert({ externalId: events[1].subject, paguIndikatif: 1 })] } };
      await produce(kafka, TOPICS.proposalsInbound.name, [{ key: '81.72', value: JSON.stringify(tampered) }]);
      const ids = tampered.data.events.map((e) => e.id);
      expect(await eventually(async () => {
        const codes = await rejectionsOf(ids);
        return codes.every(Boolean) ? codes : undefined;
      })).toEqual(['INBOUND_SIGNATURE_INVALID', 'INBOUND_SIGNATURE_INVALID']);
      expect(await tualUsulan(events[0].subject)).toBeUndefined();
    });

    it('answers a batch over HTTP with each event\'s outcome in order', async () => {
      const earlier = upsert();
      expect((await tualOpd().post('/v1/inbound', earlier)).body.outcome).toBe('accepted');
      const fresh = upsert();
      const wrongLevel = upsert({ subKegiatan: '2.16.03.1.02.0041' });
      const answer = await tualOpd().post('/v1/inbound', batchOf([fresh, earlier, wrongLevel]));
      expect(answer.status).toBe(202);
      expect(answer.body).toMatchObject({
        outcome: 'batch', accepted: 1, duplicate: 1, refused: 1,
        results: [
          { outcome: 'accepted', eventId: fresh.id, proposal: { externalId: fresh.subject, status: 'submitted' } },
          { outcome: 'duplicate', eventId: earlier.id },
          { outcome: 'refused', eventId: wrongLevel.id, code: 'SUB_KEGIATAN_WRONG_LEVEL' },
        ],
      });
      expect((await rejectionsOf([wrongLevel.id]))[0]).toBe('SUB_KEGIATAN_WRONG_LEVEL');
      // Refused, it was not marked applied: sent again (fixed or not), it is checked again.
      expect((await tualOpd().post('/v1/inbound', batchOf([wrongLevel]))).body.results[0].outcome).toBe('refused');
    });
  });

  describe('nomenclature change', () => {
    it('flags an open usulan whose code the activated version retires, naming the successor', async () => {
      const created = await draft({ subKegiatan: '2.16.03.2.02.0040' });
      const activation = buildEvent(
        NOMENCLATURE_EVENT_TYPES.versionActivated,
        { versionId: 'test-2028', label: 'test', entryCount: 3, retired: [{ level: 'KABKOT', code: '2.16.03.2.02.0040', successor: '2.16.03.2.02.0042' }], at: new Date().toISOString() },
        { source: '/services/nomenclature', subject: 'test-2028' },
      );
      await produce(kafka, TOPICS.nomenclatureEvents.name, [{ key: 'test-2028', value: JSON.stringify(activation) }]);
      const flagged = await eventually(async () => {
        const state = (await ambonOpd().get<ProposalStateV1>(`/v1/proposals/${created.id}`)).body;
        return state.nomenclatureFlag ? state : undefined;
      });
      expect(flagged.nomenclatureFlag).toMatchObject({ problem: 'retired', successor: '2.16.03.2.02.0042', versionId: 'test-2028' });
      expect(await eventsOf(created.id, 2)).toEqual(['proposals.proposal.drafted.v1', 'proposals.proposal.nomenclature-flagged.v1']);
    });
  });
});
