import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ChildService, eventually, httpClient, REPO_ROOT, RunningService, startTestService, testEnv, testToken } from '@selaras/testing';
import { NomenclatureAppModule } from '../../apps/nomenclature/src/app.module';
import { NomenclatureConfig } from '../../apps/nomenclature/src/config';

/**
 * A province restarts while its kab/kota publish: `selaras simulate` (regency systems built on
 * the SDK) runs on, proposals is killed with SIGKILL and brought back, and the simulation
 * neither exits nor stops publishing — what it sends after the restart is applied.
 */
describe('publishers outlive a restart of the province', () => {
  // A year of its own, so the counts below are this spec's alone.
  const YEAR = 2045;
  const proposals = new ChildService('proposals-restart', 'apps/proposals/src/main.ts', 4201);
  let nomenclature: RunningService;
  const usulanOfAmbon = async (): Promise<number> => {
    const { status, body } = await httpClient(proposals.url, testToken('81.71', 'opd')).get<{ total: number }>(`/v1/proposals?region=81.71&year=${YEAR}&limit=1`);
    if (status !== 200) throw new Error(`proposals answered ${status}`);
    return body.total;
  };

  beforeAll(async () => {
    nomenclature = await startTestService(NomenclatureConfig, (c) => NomenclatureAppModule.register(c));
    const admin = httpClient(nomenclature.url, testToken('00', 'admin'));
    expect((await admin.post('/v1/nomenclature/versions/from-reference/sipd-2027')).status).toBeLessThan(300);
    expect((await admin.post('/v1/nomenclature/versions/sipd-2027/activate')).status).toBeLessThan(300);
    await proposals.start();
  }, 180000);

  afterAll(async () => {
    await proposals.stop();
    await nomenclature?.close();
  });

  it('keeps the simulation running through kill -9 of proposals, and what it sends afterwards arrives', async () => {
    let output = '';
    const simulation = spawn(process.execPath, [join(REPO_ROOT, 'bin/selaras.js'), 'simulate', '--province', '81', '--rate', '20', '--duration', '300', '--seed', '11', '--year', String(YEAR), '--quiet'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...testEnv(), SELARAS_PROPOSALS_URL: proposals.url, SELARAS_SPBE_INDICATORS_URL: 'http://127.0.0.1:9' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    simulation.stdout.on('data', (chunk) => (output += chunk));
    simulation.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => simulation.on('exit', resolve));

    const beforeKill = await eventually(async () => {
      const n = await usulanOfAmbon().catch(() => 0);
      return n >= 3 ? n : undefined;
    }, { timeoutMs: 60000, intervalMs: 250 });
    await proposals.kill();
    expect(simulation.exitCode).toBeNull();
    await proposals.start();
    expect(simulation.exitCode).toBeNull();

    try {
      // It publishes on after the restart: Ambon's usulan keep growing past what was there before,
      // and the simulation is still running (its duration is far longer than this spec).
      await eventually(async () => (await usulanOfAmbon()) > beforeKill + 3, { timeoutMs: 90000, intervalMs: 500 });
      expect(simulation.exitCode).toBeNull();
      expect(output).not.toMatch(/cannot reach|Error/);
    } finally {
      simulation.kill('SIGKILL');
      await exited;
    }
  }, 180000);
});
