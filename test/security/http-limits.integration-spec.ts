import { request } from 'node:http';
import { aProposalState, buildEvent, PROPOSAL_EVENT_TYPES, TOPICS } from '@selaras/contracts';
import { mintToken } from '@selaras/service-kit';
import { eventually, httpClient, produce, RunningService, startTestService, TEST_JWT_SECRET, testKafka, testToken } from '@selaras/testing';
import { NomenclatureAppModule } from '../../apps/nomenclature/src/app.module';
import { NomenclatureConfig } from '../../apps/nomenclature/src/config';
import { ReportingAppModule } from '../../apps/reporting/src/app.module';
import { ReportingConfig } from '../../apps/reporting/src/config';

/**
 * Issue 23, rows 2, 3, 5, 6, 7, 8 and 9 as an outsider and as a signed-in insider tried them, and
 * the attempts that held (forged and expired tokens, cross-region reads, hostile search input).
 * Real: Kafka broker, PostgreSQL, nomenclature and reporting, each started with the limits under test.
 */
describe('limits with clear answers', () => {
  let nomenclature: RunningService;
  let reporting: RunningService;

  beforeAll(async () => {
    nomenclature = await startTestService(NomenclatureConfig, (c) => NomenclatureAppModule.register(c), { RATE_LIMIT_PUBLIC_PER_MINUTE: '40', TRUST_PROXY: 'loopback' });
    reporting = await startTestService(ReportingConfig, (c) => ReportingAppModule.register(c), {
      RATE_LIMIT_SUBJECT_PER_MINUTE: '30', STREAM_MAX_PER_SUBJECT: '2', STREAM_MAX_TOTAL: '3', TRUST_PROXY: 'loopback',
    });
  });

  afterAll(async () => {
    await nomenclature?.close();
    await reporting?.close();
  });

  /** Declares a 49 MB body, sends 64 KB of it and returns the status that arrives before the rest is sent. */
  function statusBeforeBody(url: string, path: string, headers: Record<string, string>): Promise<{ status: number; sentBytes: number }> {
    return new Promise((resolve, reject) => {
      const target = new URL(path, url);
      const req = request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: 'POST', headers: { 'content-type': 'text/csv', 'content-length': String(49 * 1024 * 1024), ...headers } }, (res) => {
        resolve({ status: res.statusCode ?? 0, sentBytes: req.socket?.bytesWritten ?? 0 });
        res.resume();
        req.destroy();
      });
      req.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
      req.write(Buffer.alloc(64 * 1024, 'a'));
    });
  }

  describe('row 2: authentication before the body is read', () => {
    it('answers an unauthenticated 49 MB upload with 401 before its body has arrived', async () => {
      const { status, sentBytes } = await statusBeforeBody(nomenclature.url, '/v1/nomenclature/versions?versionId=x&label=x', {});
      expect(status).toBe(401);
      expect(sentBytes).toBeLessThan(1024 * 1024);
    });

    it('answers an upload declared over the limit with 413 before reading it, for an admin too', async () => {
      const { status } = await statusBeforeBody(nomenclature.url, '/v1/nomenclature/versions?versionId=x&label=x', { authorization: `Bearer ${testToken('81', 'admin')}`, 'content-length': String(60 * 1024 * 1024) });
      expect(status).toBe(413);
    });
  });

  describe('row 3: validate and rate limits', () => {
    it('caps validate at 1,000 codes and says so', async () => {
      const response = await httpClient(nomenclature.url).post('/v1/nomenclature/validate', { level: 'KABKOT', codes: Array.from({ length: 1001 }, () => '2.16.03.2.02.0041') });
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.violations)).toContain('at most 1000 codes');
    });

    it('answers 429 with Retry-After once an address passes the open routes\' limit', async () => {
      const statuses: number[] = [];
      let limited: Response | undefined;
      for (let i = 0; i < 45 && !limited; i++) {
        // An address of its own (X-Forwarded-For through the trusted loopback proxy), so no other case counts.
        const response = await fetch(`${nomenclature.url}/v1/nomenclature/search?q=spbe`, { headers: { 'x-forwarded-for': '10.1.1.1' } });
        statuses.push(response.status);
        if (response.status === 429) limited = response;
      }
      expect(limited).toBeDefined();
      expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await limited!.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED', title: 'Too many requests; try again later.' });
      expect(statuses.filter((s) => s !== 429).length).toBe(40);
    });

    it('counts a signed-in subject over every route, whatever address it calls from', async () => {
      const token = mintToken(TEST_JWT_SECRET, { sub: 'rate-test@81', region: '81', roles: ['coordinator'] });
      let status = 0;
      let calls = 0;
      for (; calls < 40 && status !== 429; calls++) {
        // Two addresses (X-Forwarded-For through the trusted loopback proxy), one subject.
        const response = await fetch(`${reporting.url}/v1/reports/proposals?region=81&limit=1`, { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': `10.0.0.${calls % 2}` } });
        status = response.status;
      }
      expect(status).toBe(429);
      expect(calls).toBe(31);
    });
  });

  describe('row 5: malformed parameters are 400 naming the field, never 500', () => {
    it.each([
      ['an out-of-range year', '/v1/public/regions/81.71/proposals?year=99999999999', 'year'],
      ['a NUL byte in a region', '/v1/public/regions/81%0072/proposals', 'region'],
      ['an overlong offset', '/v1/public/regions/81.71/proposals?offset=99999999999', 'offset'],
    ])('reporting: %s', async (_what, path, field) => {
      const response = await httpClient(reporting.url).get(path);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.violations)).toContain(`"field":"${field}"`);
    });

    it('nomenclature: a NUL byte in version, an overlong code', async () => {
      const nul = await httpClient(nomenclature.url).get('/v1/nomenclature/sub-kegiatan/2.16.03.2.02.0041?version=sipd%00');
      expect(nul.status).toBe(400);
      expect(nul.body.violations).toEqual([{ field: 'version', reason: 'must not contain a NUL byte' }]);
      const long = await httpClient(nomenclature.url).get(`/v1/nomenclature/sub-kegiatan/${'9'.repeat(600)}`);
      expect(long.status).toBe(400);
      expect(long.body.violations[0].field).toBe('code');
    });

    it('a JSON body over 1 MB is 413 PAYLOAD_TOO_LARGE problem JSON', async () => {
      const response = await fetch(`${nomenclature.url}/v1/nomenclature/validate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ level: 'KABKOT', codes: ['x'.repeat(2 * 1024 * 1024)] }) });
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', title: 'The request body is too large.' });
    });

    it('a body that is not JSON is 400, a NUL inside a JSON body is 400 naming the field', async () => {
      const broken = await fetch(`${nomenclature.url}/v1/nomenclature/validate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"level":' });
      expect(broken.status).toBe(400);
      const nul = await httpClient(nomenclature.url).post('/v1/nomenclature/validate', { level: 'KABKOT', codes: ['2.16\u0000'] });
      expect(nul.status).toBe(400);
      expect(nul.body.violations).toEqual([{ field: 'codes[0]', reason: 'must not contain a NUL byte' }]);
    });
  });

  describe('row 6: CSV exports cannot smuggle formulas', () => {
    it('quotes every field and neutralises a formula after a semicolon in an opd name', async () => {
      const state = aProposalState({ region: '81.71', opd: { code: '2.16.0.00.0.00.01.0000', name: 'SECTEST;=1+2;@SUM(1+1)' } });
      const event = buildEvent(PROPOSAL_EVENT_TYPES.drafted, state, { source: '/regions/81.71/opd/x', subject: state.id, region: state.region });
      await produce(testKafka(), TOPICS.proposalsEvents.name, [{ key: state.id, value: JSON.stringify(event) }]);
      const viewer = httpClient(reporting.url, mintToken(TEST_JWT_SECRET, { sub: 'csv@81', region: '81', roles: ['viewer'] }));
      await eventually(async () => (await viewer.get(`/v1/reports/proposals/${state.id}`)).status === 200, { timeoutMs: 60000, intervalMs: 250 });
      const csv = await fetch(`${reporting.url}/v1/reports/proposals?region=81.71&year=2027&format=csv`, { headers: { authorization: `Bearer ${mintToken(TEST_JWT_SECRET, { sub: 'csv2@81', region: '81', roles: ['viewer'] })}` } });
      const text = await csv.text();
      expect(text).toContain('"\'SECTEST;=1+2;@SUM(1+1)"');
      expect(text).not.toMatch(/(^|,)SECTEST/m);
    });
  });

  describe('row 7: live streams are capped per subject and in total', () => {
    it('refuses a third stream of one token and a fourth of all with 429', async () => {
      const open = (sub: string) => fetch(`${reporting.url}/v1/stream?province=81`, { headers: { authorization: `Bearer ${mintToken(TEST_JWT_SECRET, { sub, region: '81', roles: ['viewer'] })}` } });
      const streams: Response[] = [];
      try {
        streams.push(await open('viewer-a@81'), await open('viewer-a@81'));
        expect(streams.map((s) => s.status)).toEqual([200, 200]);
        const third = await open('viewer-a@81');
        expect(third.status).toBe(429);
        expect(await third.json()).toMatchObject({ code: 'STREAMS_EXHAUSTED' });
        expect(third.headers.get('retry-after')).toBeTruthy();
        streams.push(await open('viewer-b@81'));
        expect(streams[2].status).toBe(200);
        expect((await open('viewer-c@81')).status).toBe(429);
      } finally {
        await Promise.all(streams.map((s) => s.body?.cancel().catch(() => undefined)));
      }
      // Closed streams give their slots back.
      await eventually(async () => {
        const again = await open('viewer-c@81');
        await again.body?.cancel().catch(() => undefined);
        return again.status === 200;
      });
    });
  });

  describe('row 8 and 9: headers and problem titles', () => {
    it('serves the dashboard with a strict CSP, no X-Powered-By, and HSTS only over TLS', async () => {
      const page = await fetch(`${reporting.url}/`);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("style-src-attr 'unsafe-inline'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(page.headers.get('x-powered-by')).toBeNull();
      expect(page.headers.get('strict-transport-security')).toBeNull();
      const overTls = await fetch(`${reporting.url}/v1/public/provinces`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(overTls.headers.get('strict-transport-security')).toContain('max-age=');
    });

    it('titles a problem with a sentence and keeps the code', async () => {
      const response = await httpClient(reporting.url).get('/v1/reports/proposals?region=81');
      expect(response.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', title: 'Authentication is required.' });
    });
  });

  describe('attempts that held', () => {
    it('refuses a token signed with another secret and an expired token', async () => {
      const forged = mintToken('not-the-secret-0123456789', { sub: 'x@81', region: '81', roles: ['admin'] });
      const expired = mintToken(TEST_JWT_SECRET, { sub: 'x@81', region: '81', roles: ['admin'] }, -60);
      for (const token of [forged, expired]) {
        const response = await httpClient(reporting.url, token).get('/v1/reports/proposals?region=81');
        expect(response.body).toMatchObject({ status: 401, code: 'TOKEN_INVALID' });
      }
    });

    it('refuses a kab/kota token reading another kab/kota', async () => {
      const response = await httpClient(reporting.url, testToken('81.71', 'opd')).get('/v1/reports/proposals?region=81.72');
      expect(response.body).toMatchObject({ status: 403, code: 'REGION_FORBIDDEN' });
    });

    it.each(["' OR 1=1 --", '%_\\', '"; DROP TABLE nomenclature.entry; --', '\u202e\ufeffspbe', '(((((((((('])('answers hostile search input %j without an error', async (q) => {
      const response = await fetch(`${nomenclature.url}/v1/nomenclature/search?q=${encodeURIComponent(q)}`, { headers: { 'x-forwarded-for': '10.9.9.9' } });
      // No catalog is imported in this spec: 404 problem JSON for the missing active version is the
      // answer that held; what must never come is a 500 (the text reached SQL) or a 400 about syntax.
      expect(response.status).toBeLessThan(500);
      expect((await response.json()).code).not.toBe('INTERNAL_ERROR');
    });
  });
});
