import { Command } from 'commander';
import { runInfraScript, stopProcess } from '../stack/process-manager';
import { SERVICES } from '../stack/services';
import { stackEnv } from '../stack/stack-env';

export const AUXILIARY_PROCESSES = ['simulation'];

export async function down(options: { keepInfra?: boolean } = {}): Promise<void> {
  const env = stackEnv();
  for (const name of [...AUXILIARY_PROCESSES, ...[...SERVICES].reverse().map((s) => s.name)]) {
    if (await stopProcess(name, env)) console.log(`• stopped ${name}`);
  }
  if (!options.keepInfra) {
    runInfraScript('deploy/keycloak/keycloak.mjs', ['stop'], env);
    runInfraScript('deploy/kafka/kafka.mjs', ['stop'], env);
    runInfraScript('scripts/postgres.mjs', ['stop'], env, true);
  }
}

export function downCommand(): Command {
  return new Command('down')
    .description('stop the services, the simulation, Keycloak and the local Kafka broker (data is kept)')
    .option('--keep-infra', 'leave Kafka, Keycloak and PostgreSQL running')
    .action((opts: { keepInfra?: boolean }) => down(opts));
}
