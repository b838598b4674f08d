import { Command } from 'commander';
import { join } from 'node:path';
import { callApi } from '../stack/api-client';
import { REPO_ROOT } from '../stack/paths';
import { logFile, startProcess } from '../stack/process-manager';
import { findService, serviceUrl } from '../stack/services';
import { DEMO_PASSWORD, keycloakUrl } from '../stack/identity';
import { stackEnv } from '../stack/stack-env';
import { cliTokens } from '../stack/tokens';
import { importNomenclature } from './import.command';
import { up } from './up.command';

const REFERENCE_NOMENCLATURE = join(REPO_ROOT, 'libs/domain-nomenclature/data/nomenklatur_subkegiatan_sipd_2027.csv');

/**
 * The demo behind `npm start`: the stack up, the real 2027 nomenclature imported and active,
 * and Maluku's 11 kab/kota and the province publishing gently, so the dashboard fills live.
 * On a machine where it already ran, everything that exists is reused.
 */
export async function startDemo(opts: { province: string; rate: number }): Promise<void> {
  const started = Date.now();
  await up();
  const env = stackEnv();
  const nomenclature = serviceUrl(findService('nomenclature'), env);
  const { activeVersionId } = await callApi<{ activeVersionId: string | null }>(nomenclature, 'GET', '/v1/nomenclature/versions', await cliTokens(env).token('00', 'admin'));
  if (activeVersionId) console.log(`• nomenclature     active version ${activeVersionId} (kept)`);
  else await importNomenclature(REFERENCE_NOMENCLATURE, { versionId: 'sipd-2027', label: 'Nomenklatur sub kegiatan SIPD, pemutakhiran 2027', activate: true });
  const simulation = startProcess({
    name: 'simulation',
    entry: 'apps/cli/src/main.ts',
    args: ['simulate', '--province', opts.province, '--rate', String(opts.rate), '--duration', String(7 * 24 * 3600), '--quiet'],
    env,
  });
  console.log(`• simulation       ${simulation.reused ? 'already running' : 'started'} (pid ${simulation.pid}, log ${logFile('simulation', env)})`);
  const dashboard = serviceUrl(findService('reporting'), env);
  console.log(`\nSelaras is running (${((Date.now() - started) / 1000).toFixed(0)} s).`);
  console.log(`Dashboard: ${dashboard}/?province=${opts.province}   (sign in at Keycloak, ${keycloakUrl(env)})`);
  console.log(`Demo users, password "${DEMO_PASSWORD}" for every one:`);
  console.log(`  koordinator.${opts.province}   coordinator of the province: the dashboard of every kab/kota`);
  console.log(`  pemantau.${opts.province}      viewer of the province`);
  console.log(`  opd.${opts.province}.71, bappeda.${opts.province}.71, admin.${opts.province}.71   a kab/kota's operator, Bappeda and admin (any kab/kota code)`);
  console.log(`  opd.${opts.province}, bappeda.${opts.province}            the province's own operator and Bappeda`);
  console.log(`A token on the command line: npx selaras token --user opd.${opts.province}.71\n`);
  console.log('Stop everything with: npm stop   (or: npx selaras down)');
}

export function startCommand(): Command {
  return new Command('start')
    .description('the demo: stack up, real nomenclature imported, a province\'s kab/kota publishing live; prints the dashboard address')
    .option('--province <kode>', 'province to simulate', '81')
    .option('--rate <n>', 'events per second of the simulation', (v) => Number(v), 2)
    .action((opts: { province: string; rate: number }) => startDemo(opts));
}
