import { Command } from 'commander';
import { CliError } from '../cli-error';
import { logFile, runInfraScript, runningPid, startProcess, waitForHealthy } from '../stack/process-manager';
import { SERVICES, serviceUrl } from '../stack/services';
import { stackEnv } from '../stack/stack-env';
import { sharedSecretMode } from '../stack/tokens';

export interface UpOptions {
  only?: string[];
  quiet?: boolean;
}

/** Starts Kafka, makes sure PostgreSQL answers, then starts the services and waits until each is healthy. */
export async function up(options: UpOptions = {}): Promise<void> {
  const env = stackEnv();
  const say = (line: string) => options.quiet || console.log(line);
  say('• Kafka');
  if (!runInfraScript('deploy/kafka/kafka.mjs', ['start'], env, options.quiet).ok) {
    throw new CliError('Kafka did not start; see .selaras/kafka/kafka.log (is Java 17 and Maven installed?)');
  }
  say('• PostgreSQL');
  if (!runInfraScript('scripts/postgres.mjs', ['ensure'], env, options.quiet).ok) {
    throw new CliError(`PostgreSQL is not reachable at ${env.DATABASE_URL} and the embedded fallback failed`);
  }
  // not when the services trust another issuer (OIDC_ISSUER given) or the test suites' shared secret
  if (!process.env.OIDC_ISSUER && !sharedSecretMode(env)) {
    say('• Keycloak (a first start takes a minute or two)');
    if (!runInfraScript('deploy/keycloak/keycloak.mjs', ['start'], env, options.quiet).ok) {
      throw new CliError('Keycloak did not start; see .selaras/keycloak/keycloak.log');
    }
  }
  const wanted = SERVICES.filter((s) => !options.only || options.only.includes(s.name));
  const started = wanted.map((service) => ({ service, ...startProcess({ name: service.name, entry: service.entry, env: { ...env, PORT: String(service.port) } }) }));
  for (const { service, pid, reused } of started) {
    const healthy = await waitForHealthy(`${serviceUrl(service)}/health`, 180000, () => runningPid(service.name, env) !== undefined);
    if (!healthy) throw new CliError(`${service.name} did not become healthy; read ${logFile(service.name, env)}`);
    say(`• ${service.name.padEnd(16)} ${serviceUrl(service)}  (pid ${pid}${reused ? ', already running' : ''}; docs ${serviceUrl(service)}/docs)`);
  }
}

export function upCommand(): Command {
  return new Command('up')
    .description('start the local stack: Kafka, PostgreSQL, Keycloak and the four services (reuses what already runs)')
    .option('--only <services...>', 'start only these services')
    .action(async (opts: { only?: string[] }) => {
      await up({ only: opts.only });
      console.log('The stack is up. Stop it with: selaras down');
    });
}
