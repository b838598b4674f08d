import { performance } from 'node:perf_hooks';
import { TOPICS } from '@selaras/contracts';
import { loadCatalogSample } from '../simulation/catalog-sample';
import { defaultBenchStack } from './stack/bench-env';
import { BenchStack } from './stack/bench-stack';
import { benchKafka, connectProducer, produceAll } from './generate/produce';
import { replayEventBatches } from './generate/replay-events';

async function main() {
  const n = Number(process.argv[2] ?? 100000);
  const t0 = performance.now();
  const stack = await BenchStack.start(defaultBenchStack(), { extraTopics: [], serviceNodeOptions: '', say: (l) => console.log(l) });
  console.log('stack up', ((performance.now() - t0) / 1000).toFixed(1));
  const catalog = loadCatalogSample();
  const kafka = benchKafka(stack.brokers);
  const producer = await connectProducer(kafka);
  const t1 = performance.now();
  const sent = await produceAll(producer, TOPICS.proposalsEvents.name, replayEventBatches(n, 2000, catalog), () => undefined);
  console.log('produced', sent, ((performance.now() - t1) / 1000).toFixed(1), 's');
  await producer.disconnect();
  console.log(JSON.stringify({ env: stack.env }));
  console.log('stack left running; pids', [...stack.services.values()].map((s) => `${s.name}=${s.pid}`).join(' '));
  await new Promise(() => undefined);
}
main().catch((e) => { console.error(e); process.exit(1); });
