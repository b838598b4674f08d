import { join } from 'node:path';
import { TEST_DATABASE, TEST_HOME, TEST_KAFKA_PORT, testDatabaseUrl } from '@selaras/test-infra';
import { BENCH_SIZES, FIGURE_NAMES } from './bench-sizes';
import { runBench } from './run-bench';

/**
 * The benchmark harness end to end at a tiny size, so `npm test` notices when a figure can no
 * longer be measured. Real: its own Kafka broker (beside the suite's, on TEST_KAFKA_PORT + 100),
 * its own database, the four services as child processes, the baseline process. The numbers
 * themselves mean nothing at this size; only that every one is produced.
 */
describe('selaras bench (smoke)', () => {
  it('produces every figure, for Selaras and the baseline, each positive', async () => {
    const server = new URL(testDatabaseUrl());
    server.pathname = '/postgres';
    const results = await runBench({
      sizes: BENCH_SIZES.smoke,
      figures: FIGURE_NAMES,
      quiet: true,
      say: () => undefined,
      stack: {
        home: join(TEST_HOME, 'bench'),
        kafkaPort: TEST_KAFKA_PORT + 100,
        database: `${TEST_DATABASE}_benchsmoke`,
        serverUrl: server.toString(),
        basePort: TEST_KAFKA_PORT + 200,
      },
    });

    const ids = results.figures.map((f) => f.id);
    expect(ids).toEqual([
      'nomenclature.validate', 'nomenclature.validate.p99', 'nomenclature.search', 'nomenclature.search.p99', 'replay', 'burst', 'burst.cpu', 'burst.single', 'burst.single.cpu', 'latency.p50', 'latency.p95', 'latency.p99',
      'memory.nomenclature', 'memory.proposals', 'memory.spbe-indicators', 'memory.reporting',
    ]);
    for (const figure of results.figures) {
      expect({ id: figure.id, selaras: figure.selaras > 0, baseline: (figure.baseline ?? 0) > 0 }).toEqual({ id: figure.id, selaras: true, baseline: true });
    }
    // The burst's CPU is found on the processes of each pipeline, those of the other left out (the
    // broker may have used less than a clock tick at this size, so it is not required).
    const cpu = results.figures.find((f) => f.id === 'burst.cpu')!.parts!;
    expect(Object.keys(cpu.selaras)).toEqual(expect.arrayContaining(['PostgreSQL', 'proposals', 'reporting']));
    expect(Object.keys(cpu.selaras).filter((name) => ['baseline', 'spbe-indicators'].includes(name))).toEqual([]);
    expect(Object.keys(cpu.baseline)).toContain('baseline');
    expect(Object.keys(cpu.baseline).filter((name) => ['nomenclature', 'proposals', 'spbe-indicators', 'reporting'].includes(name))).toEqual([]);
    // spbe-indicators' memory was measured while it worked: reporting holds every region's index.
    expect(results.figures.find((f) => f.id === 'memory.spbe-indicators')!.note).toMatch(/the 47 indicators of 10 regions \(470 levels\)/);
    expect(results.machine.cores).toBeGreaterThan(0);
    expect(results.machine.kafka).toMatch(/^\d+\.\d+/);
  }, 180000);
});
