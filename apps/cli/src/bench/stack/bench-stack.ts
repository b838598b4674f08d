import { join } from 'node:path';
import { TopicSpec } from '@selaras/contracts';
import { mintToken, Role } from '@selaras/service-kit';
import { devKeyParties, KeyParties } from '../../simulation/key-parties';
import { ADMIN_CLIENT, APPROVER_CLIENT, ClientTokens } from '../../stack/identity';
import { runInfraScript } from '../../stack/process-manager';
import { BenchStackConfig, benchProcessEnv, databaseUrlOf } from './bench-env';
import { createBenchTopics, startFreshBroker, stopBroker } from './bench-broker';
import { recreateBenchDatabase } from './bench-database';
import { buildServices, ServiceProcess } from './service-process';

export type BenchServiceName = 'nomenclature' | 'proposals' | 'spbe-indicators' | 'reporting';

const SERVICES: readonly { name: BenchServiceName; entry: string; portOffset: number }[] = [
  { name: 'nomenclature', entry: 'apps/nomenclature/src/main.ts', portOffset: 2 },
  { name: 'proposals', entry: 'apps/proposals/src/main.ts', portOffset: 1 },
  { name: 'spbe-indicators', entry: 'apps/spbe-indicators/src/main.ts', portOffset: 3 },
  { name: 'reporting', entry: 'apps/reporting/src/main.ts', portOffset: 4 },
];

/**
 * The stack a benchmark runs on: a fresh broker, a fresh database and the four services, each its
 * own process. The figures send work to nomenclature, proposals and reporting; spbe-indicators
 * gets its work at the end (`spbe-round.ts`), so that its memory, too, is measured under load.
 */
export class BenchStack {
  readonly services = new Map<BenchServiceName, ServiceProcess>();
  readonly env: Record<string, string>;

  private constructor(readonly config: BenchStackConfig, readonly serviceNodeOptions: string) {
    this.env = benchProcessEnv(config);
  }

  get brokers(): string {
    return this.env.KAFKA_BROKERS;
  }

  get databaseUrl(): string {
    return databaseUrlOf(this.config);
  }

  get logDir(): string {
    return join(this.config.home, 'logs');
  }

  url(service: BenchServiceName): string {
    return `http://127.0.0.1:${this.config.basePort + SERVICES.find((s) => s.name === service)!.portOffset}`;
  }

  private readonly clients = new ClientTokens(process.env);

  /** Who requests and who approves the regency keys (two parties, issue 22 item 5). */
  keyParties(): KeyParties {
    if (this.env.JWT_SECRET) return devKeyParties(this.env.JWT_SECRET, 'selaras-bench');
    return { requester: () => this.clients.token(ADMIN_CLIENT), approver: () => this.clients.token(APPROVER_CLIENT) };
  }

  /** A token for the figures: the administration client's (it reads and writes every region), or minted under the smoke spec. */
  async token(region: string, ...roles: Role[]): Promise<string> {
    if (this.env.JWT_SECRET) return mintToken(this.env.JWT_SECRET, { sub: `selaras-bench@${region}`, region, roles });
    return this.clients.token(ADMIN_CLIENT);
  }

  /** Broker (fresh), database (recreated), every topic, then the services, each healthy. */
  static async start(config: BenchStackConfig, options: { extraTopics: readonly TopicSpec[]; serviceNodeOptions: string; say: (line: string) => void; cpuProfileDir?: string }): Promise<BenchStack> {
    const stack = new BenchStack(config, options.serviceNodeOptions);
    options.say('compiling the services to dist/ (scripts/build.mjs)');
    buildServices();
    if (stack.env.OIDC_ISSUER && !process.env.OIDC_ISSUER) {
      options.say(`Keycloak of the developer stack (${stack.env.OIDC_ISSUER})`);
      if (!runInfraScript('deploy/keycloak/keycloak.mjs', ['start'], process.env, true).ok) throw new Error('Keycloak did not start; see .selaras/keycloak/keycloak.log');
    }
    options.say(`broker on 127.0.0.1:${config.kafkaPort} (fresh, ${config.home})`);
    startFreshBroker(config, stack.env);
    try {
      options.say(`database ${config.database} (recreated)`);
      await recreateBenchDatabase(config);
      await createBenchTopics(stack.brokers, options.extraTopics);
      for (const spec of SERVICES) {
        const service = new ServiceProcess({
          name: spec.name,
          entry: spec.entry,
          logDir: stack.logDir,
          env: { ...stack.env, PORT: String(config.basePort + spec.portOffset), NODE_OPTIONS: options.serviceNodeOptions },
          // Profiles are written when the service exits (the stack stops it gracefully).
          nodeFlags: options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`, `--cpu-prof-name=${spec.name}.cpuprofile`] : [],
        });
        stack.services.set(spec.name, service);
      }
      for (const spec of SERVICES) {
        options.say(`${spec.name} on ${stack.url(spec.name)}`);
        await stack.services.get(spec.name)!.startHttp(stack.url(spec.name));
      }
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  service(name: BenchServiceName): ServiceProcess {
    return this.services.get(name)!;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.services.values()].map((s) => s.stop()));
    stopBroker(this.env);
  }
}
