import { ProposalsAppModule } from '../../apps/proposals/src/app.module';
import { ProposalsConfig } from '../../apps/proposals/src/config';
import { ReportingAppModule } from '../../apps/reporting/src/app.module';
import { ReportingConfig } from '../../apps/reporting/src/config';
import { aUsulan, ProposalStateV1 } from '@selaras/contracts';
import { eventually, publishEntries, RunningService, spbeKoordinasiEntry, startTestService, testKafka, testToken } from '@selaras/testing';

/**
 * The first event through the whole system: real broker, real database, two real services.
 * proposals stores a draft → outbox → proposals.events → reporting's projection → HTTP.
 */
describe('first event end to end', () => {
  let proposals: RunningService;
  let reporting: RunningService;
  const opd = testToken('81.71', 'opd');

  beforeAll(async () => {
    await publishEntries(testKafka(), [spbeKoordinasiEntry()]);
    proposals = await startTestService(ProposalsConfig, (c) => ProposalsAppModule.register(c));
    reporting = await startTestService(ReportingConfig, (c) => ReportingAppModule.register(c));
  });

  afterAll(async () => {
    await proposals?.close();
    await reporting?.close();
  });

  it('shows a draft created on proposals in reporting', async () => {
    const created: ProposalStateV1 = await eventually(async () => {
      const response = await fetch(`${proposals.url}/v1/proposals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${opd}` },
        body: JSON.stringify(aUsulan()),
      });
      if (response.status === 503) throw new Error('the catalog is still loading');
      expect(response.status).toBe(201);
      return (await response.json()) as ProposalStateV1;
    });
    expect(created).toMatchObject({ status: 'draft', revision: 1, region: '81.71', subKegiatan: '2.16.03.2.02.0041' });

    const seen = await eventually(async () => {
      const response = await fetch(`${reporting.url}/v1/reports/proposals/${created.id}`, { headers: { authorization: `Bearer ${opd}` } });
      return response.status === 200 ? ((await response.json()) as ProposalStateV1) : undefined;
    });
    expect(seen).toEqual(created);
  });

  it('answers health, metrics, OpenAPI and AsyncAPI on every service without a token', async () => {
    for (const service of [proposals, reporting]) {
      const health = await (await fetch(`${service.url}/health`)).json();
      expect(health).toMatchObject({ status: 'ok', details: { database: { status: 'up' }, kafka: { status: 'up' } } });
      expect(await (await fetch(`${service.url}/metrics`)).text()).toContain('http_request_duration_seconds');
      expect((await (await fetch(`${service.url}/docs/openapi.json`)).json()).openapi).toMatch(/^3\./);
      expect((await (await fetch(`${service.url}/docs/asyncapi.json`)).json()).asyncapi).toBe('3.0.0');
    }
  });

  it('refuses a malformed body with problem JSON naming the field', async () => {
    const response = await fetch(`${proposals.url}/v1/proposals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${opd}` },
      body: JSON.stringify({ ...aUsulan(), paguIndikatif: 'banyak' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = await response.json();
    expect(problem.code).toBe('REQUEST_INVALID');
    expect(problem.violations.map((v: { field: string }) => v.field)).toContain('paguIndikatif');
  });
});
