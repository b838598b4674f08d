import { Command } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import { CliError } from '../cli-error';
import { callApi } from '../stack/api-client';
import { findService, serviceUrl } from '../stack/services';
import { stackEnv } from '../stack/stack-env';
import { cliTokens } from '../stack/tokens';

interface ReplayStatus {
  state: 'idle' | 'building' | 'switching' | 'done' | 'failed';
  generation?: number;
  lag?: number;
  eventsApplied?: number;
  eventsPerSecond?: number;
  error?: string;
}

/**
 * Rebuilds reporting's read models from the topics into a new generation while the current one
 * keeps serving, and waits until reporting has switched over.
 */
export async function replayReporting(): Promise<ReplayStatus> {
  const env = stackEnv();
  const url = serviceUrl(findService('reporting'), env);
  // fetched again for every call: a replay can outlast one access token (renewed by the token source)
  const tokens = cliTokens(env);
  await callApi(url, 'POST', '/v1/admin/replay', await tokens.token('00', 'admin'), {});
  const bar = new SingleBar({ format: 'replay |{bar}| {state}  applied {applied}  lag {lag}  {rate} events/s', hideCursor: true }, Presets.shades_classic);
  bar.start(1, 0, { state: 'building', applied: 0, lag: '?', rate: 0 });
  for (;;) {
    const { replay: status } = await callApi<{ replay: ReplayStatus }>(url, 'GET', '/v1/admin/replay', await tokens.token('00', 'admin'));
    const applied = status.eventsApplied ?? 0;
    const total = applied + (status.lag ?? 0);
    bar.setTotal(Math.max(total, 1));
    bar.update(applied, { state: status.state, applied, lag: status.lag ?? '?', rate: Math.round(status.eventsPerSecond ?? 0) });
    if (status.state === 'done' || status.state === 'idle') {
      bar.stop();
      console.log(`reporting now serves generation ${status.generation} (${applied} events replayed)`);
      return status;
    }
    if (status.state === 'failed') {
      bar.stop();
      throw new CliError(`replay failed: ${status.error ?? 'see the reporting log'}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

export function replayCommand(): Command {
  return new Command('replay')
    .description('rebuild read models from the topics and switch over without downtime')
    .argument('<service>', 'only reporting has read models to replay')
    .action(async (service: string) => {
      if (service !== 'reporting') throw new CliError(`only reporting has read models to replay, not ${service}`);
      await replayReporting();
    });
}
