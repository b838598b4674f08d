import { metricSum, scrape } from '@selaras/service-kit';
import { SERVICES, serviceUrl } from '../stack/services';
import { stackEnv } from '../stack/stack-env';
import { cliTokens } from '../stack/tokens';

/** Consumer lag per group, as each service reports it on /metrics (the figures Prometheus alerts on). */
export async function printConsumerLag(): Promise<void> {
  const rows: [string, string, number][] = [];
  for (const service of SERVICES) {
    try {
      const samples = await scrape(serviceUrl(service));
      const groups = [...new Set(samples.filter((s) => s.name === 'selaras_consumer_lag').map((s) => s.labels.group))].sort();
      for (const group of groups) rows.push([service.name, group, metricSum(samples, 'selaras_consumer_lag', { group })]);
    } catch {
      // A service that does not answer is already reported as such above.
    }
  }
  console.log(`\n${'SERVICE'.padEnd(16)} ${'CONSUMER GROUP'.padEnd(40)} LAG`);
  for (const [service, group, lag] of rows) console.log(`${service.padEnd(16)} ${group.padEnd(40)} ${lag}`);
  if (rows.length === 0) console.log('(no consumer reports its lag: are the services running?)');
}

interface HealthRow {
  region: string;
  name: string;
  verdict: string;
  lastReceived: Record<'kafka' | 'http' | 'operator', string | null>;
  events24h: number;
  refusals24h: number;
  topRefusalCodes: { code: string; count: number }[];
  keys: { active: number; revoked: number };
}

const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '-');

/** Integration health per kab/kota, the same rows the dashboard shows, read from reporting as a coordinator. */
export async function printIntegrationHealth(province: string, year: number): Promise<void> {
  const reporting = SERVICES.find((s) => s.name === 'reporting')!;
  let rows: HealthRow[];
  try {
    // The administration client reads every province's kab/kota (a coordinator reads only its own).
    const token = await cliTokens(stackEnv()).token(province, 'admin');
    const response = await fetch(`${serviceUrl(reporting)}/v1/reports/provinces/${province}/integration?year=${year}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    rows = ((await response.json()) as { regions: HealthRow[] }).regions;
  } catch (error) {
    console.log(`\nintegration health of province ${province}: reporting does not answer (${(error as Error).message})`);
    return;
  }
  console.log(`\nINTEGRATION HEALTH, province ${province}, RKPD ${year} (last event per channel, UTC)`);
  console.log(`${'REGION'.padEnd(34)} ${'VERDICT'.padEnd(15)} ${'KAFKA'.padEnd(17)} ${'HTTP'.padEnd(17)} ${'OPERATOR'.padEnd(17)} ${'EVT/24H'.padStart(7)} ${'REF/24H'.padStart(7)} KEYS  TOP REFUSALS`);
  for (const r of rows) {
    const codes = r.topRefusalCodes.map((c) => `${c.code}×${c.count}`).join(' ');
    console.log(
      `${`${r.region} ${r.name}`.slice(0, 34).padEnd(34)} ${r.verdict.padEnd(15)} ${when(r.lastReceived.kafka).padEnd(17)} ${when(r.lastReceived.http).padEnd(17)} ${when(r.lastReceived.operator).padEnd(17)} ` +
        `${String(r.events24h).padStart(7)} ${String(r.refusals24h).padStart(7)} ${`${r.keys.active}/${r.keys.revoked}`.padEnd(5)} ${codes}`,
    );
  }
}
