import { buildEvent } from '@selaras/contracts';
import { loadRegionDirectory } from '@selaras/domain-region';
import { CatalogSample } from '../../simulation/catalog-sample';
import { ProposalGenerator } from '../../simulation/proposal-generator';
import { Random } from '../../simulation/random';
import { lifecycleOf, LifecycleStep } from './proposal-lifecycle';

export interface TopicMessage {
  key: string;
  value: string;
  headers?: Record<string, string>;
}

/** Usulan whose lifecycles are interleaved: each wave sends every one's revision 1, then 2, … */
const WAVE = 5000;

/**
 * `proposals.events` as proposals would have filled it over a planning year: usulan of every
 * kab/kota and province of the country, each drafted, revised, submitted and decided. Events of
 * one usulan are spread over a wave of 5,000 usulan (as real revisions are spread in time), so
 * one consumer batch rarely holds two revisions of one usulan and every event costs a real
 * upsert. Yields `total` messages in batches, generated as they are sent (a million events are
 * a gigabyte; they are never all in memory).
 */
export function* replayEventBatches(total: number, batchSize: number, catalog: CatalogSample, seed = 20270101): Generator<TopicMessage[]> {
  const random = new Random(seed);
  const generator = new ProposalGenerator(catalog, random, `bench${seed}`);
  const directory = loadRegionDirectory();
  const regions = directory.provinces().flatMap((p) => [p.code, ...directory.kabKotaOf(p.code).map((k) => k.code)]);
  const at = new Date('2026-03-02T01:00:00Z');
  let produced = 0;
  let batch: TopicMessage[] = [];
  while (produced < total) {
    const wave: LifecycleStep[][] = [];
    for (let i = 0; i < WAVE; i++) {
      const region = random.pick(regions);
      wave.push(lifecycleOf(region, generator.create(region, 2027), random, at));
    }
    for (let step = 0; step < 4 && produced < total; step++) {
      for (const lifecycle of wave) {
        if (produced >= total) break;
        batch.push(toMessage(lifecycle[step]));
        produced++;
        if (batch.length === batchSize) {
          yield batch;
          batch = [];
        }
      }
    }
  }
  if (batch.length > 0) yield batch;
}

function toMessage({ type, state }: LifecycleStep): TopicMessage {
  const event = buildEvent(type, state, { source: `/regions/${state.region}/proposals`, subject: state.id, region: state.region, correlationid: state.id });
  return { key: state.id, value: JSON.stringify(event), headers: { 'content-type': 'application/cloudevents+json', 'ce-type': type } };
}
