import { Command, InvalidArgumentError } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { loadRegionDirectory } from '@selaras/domain-region';
import { CliError } from '../cli-error';
import { findService, serviceUrl } from '../stack/services';
import { stackEnv } from '../stack/stack-env';
import { cliKeyParties, cliTokens, regencyCredentials } from '../stack/tokens';
import { Simulator } from '../simulation/simulator';

function positive(name: string) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive number`);
    return n;
  };
}

export interface SimulateOptions {
  province: string;
  rate: number;
  duration: number;
  year: number;
  seed: number;
  quiet?: boolean;
}

export async function simulate(opts: SimulateOptions): Promise<void> {
  if (!loadRegionDirectory().provinces().some((p) => p.code === opts.province)) throw new CliError(`${opts.province} is not a province code (e.g. 81 for Maluku)`);
  const env = stackEnv();
  const bar = opts.quiet ? undefined : new SingleBar({ format: 'simulating |{bar}| {value}/{total} s  published {published}  refused locally {local}  decisions {decisions}', hideCursor: true }, Presets.shades_classic);
  bar?.start(Math.round(opts.duration), 0, { published: 0, local: 0, decisions: 0 });
  const simulator = new Simulator({
    province: opts.province, year: opts.year, rate: opts.rate, durationSeconds: opts.duration, seed: opts.seed,
    brokers: env.KAFKA_BROKERS!.split(','), proposalsUrl: serviceUrl(findService('proposals'), env), spbeUrl: serviceUrl(findService('spbe-indicators'), env), tokens: cliTokens(env), keyParties: cliKeyParties(env, 'simulator'), regencyCredentials: (region) => regencyCredentials(env, region),
    onProgress: (stats, elapsed) => bar?.update(Math.min(Math.round(elapsed), Math.round(opts.duration)), { published: stats.published, local: stats.refusedLocally, decisions: stats.decisions }),
  });
  const stats = await simulator.run();
  bar?.update(Math.round(opts.duration), { published: stats.published, local: stats.refusedLocally, decisions: stats.decisions });
  bar?.stop();
  if (opts.quiet) return;
  console.log(`published ${stats.published} events (${stats.revisions} revisions, ${stats.withdrawals} withdrawals, ${stats.invalidSent} deliberately invalid), ${stats.refusedLocally} refused by the SDK before sending, ${stats.decisions} forum decisions${stats.forumSessionsMissed > 0 ? ` (${stats.forumSessionsMissed} forum sessions missed while proposals could not be reached)` : ''}`);
  console.log(`per region: ${Object.entries(stats.byRegion).map(([r, n]) => `${r}=${n}`).join(' ')}`);
}

export function simulateCommand(): Command {
  return new Command('simulate')
    .description('every kab/kota of a province and the province publish realistic usulan through the regency SDK')
    .option('--province <kode>', 'province code', '81')
    .option('--rate <n>', 'events per second over all regions', positive('rate'), 5)
    .option('--duration <seconds>', 'how long to run', positive('duration'), 60)
    .option('--year <year>', 'RKPD year', (v) => Number(v), 2027)
    .option('--seed <n>', 'random seed (same seed, same usulan)', (v) => Number(v), Date.now() % 100000)
    .option('--quiet', 'no progress bar (when it runs in the background)')
    .action((opts: SimulateOptions) => simulate(opts));
}
