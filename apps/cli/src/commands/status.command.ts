import { Command } from 'commander';
import { runInfraScript, runningPid } from '../stack/process-manager';
import { SERVICES, serviceUrl } from '../stack/services';
import { stackEnv } from '../stack/stack-env';
import { printConsumerLag, printIntegrationHealth } from '../status/integration-status';

async function health(url: string): Promise<string> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(3000) });
    const body = (await response.json()) as { status?: string; error?: Record<string, { message?: string }> };
    if (response.ok) return 'healthy';
    return `unhealthy (${Object.keys(body.error ?? {}).join(', ')})`;
  } catch {
    return 'not answering';
  }
}

export function statusCommand(): Command {
  return new Command('status')
    .description('show what of the local stack runs and whether it is healthy, the consumer lag, and each kab/kota\'s integration health')
    .option('--province <code>', 'province whose kab/kota to show', '81')
    .option('--year <year>', 'RKPD year', (v) => Number(v), new Date().getFullYear() + 1)
    .action(async (opts: { province: string; year: number }) => {
      const env = stackEnv();
      runInfraScript('deploy/kafka/kafka.mjs', ['status'], env);
      runInfraScript('scripts/postgres.mjs', ['status'], env);
      runInfraScript('deploy/keycloak/keycloak.mjs', ['status'], env);
      for (const service of SERVICES) {
        const pid = runningPid(service.name, env);
        console.log(`${service.name.padEnd(16)} ${serviceUrl(service).padEnd(24)} ${pid ? `pid ${pid}` : 'not started by selaras'}  ${await health(serviceUrl(service))}`);
      }
      const sim = runningPid('simulation', env);
      console.log(`${'simulation'.padEnd(16)} ${sim ? `running, pid ${sim}` : 'not running'}`);
      await printConsumerLag();
      await printIntegrationHealth(opts.province, opts.year);
    });
}
