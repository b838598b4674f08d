import { Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { CatalogSample } from '../simulation/catalog-sample';
import { BenchSizes } from './bench-sizes';
import { Progress } from './progress';
import { CpuMeter } from './stack/cpu-meter';
import { MemorySampler } from './stack/memory-sampler';
import { BenchStack } from './stack/bench-stack';
import { ServiceProcess } from './stack/service-process';

/** What every figure gets: the running stack, a Kafka client, the sizes, and where to report. */
export interface BenchContext {
  stack: BenchStack;
  kafka: Kafka;
  /** The bench database, for the baseline's tables. */
  db: Pool;
  sizes: BenchSizes;
  catalog: CatalogSample;
  memory: MemorySampler;
  /** CPU of each process (services, broker, PostgreSQL, baseline) during a piece of work. */
  cpu: CpuMeter;
  say(line: string): void;
  progress(label: string, total: number, unit: string): Progress;
  /** The baseline process now running (its memory is sampled as `baseline`). */
  useBaseline(process: ServiceProcess): void;
}
