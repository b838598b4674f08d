import { Producer } from 'kafkajs';
import { TOPICS } from '@selaras/contracts';
import { ProposalGenerator } from '../../simulation/proposal-generator';
import { Random } from '../../simulation/random';
import { callApi } from '../../stack/api-client';
import { BenchContext } from '../bench-context';
import { RegencyKey, signedUpsert } from '../generate/inbound-events';

/** A region no figure measures (Kota Ternate, province 82), so its warm-up usulan count nowhere. */
export const WARM_UP_REGION = '82.71';

/**
 * Waits until an inbound event goes all the way through: proposals has its catalog (until then
 * it refuses codes as unavailable), the outbox relay and every consumer group are running, and
 * reporting shows the usulan. One event is sent every few seconds until one arrives.
 */
export async function waitForInboundPipeline(ctx: BenchContext, producer: Producer, key: RegencyKey, timeoutMs = 180000): Promise<void> {
  const generator = new ProposalGenerator(ctx.catalog, new Random(7), 'warmup');
  const reporting = ctx.stack.url('reporting');
  const token = await ctx.stack.token(WARM_UP_REGION.slice(0, 2), 'coordinator');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await producer.send({ topic: TOPICS.proposalsInbound.name, acks: -1, messages: [signedUpsert(WARM_UP_REGION, generator.create(WARM_UP_REGION, 2027), key)] });
    const resendAt = Date.now() + 3000;
    while (Date.now() < resendAt) {
      const { total } = await callApi<{ total: number }>(reporting, 'GET', `/v1/reports/proposals?region=${WARM_UP_REGION}&exact=true&limit=1`, token);
      if (total > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`no inbound event reached reporting within ${timeoutMs / 1000} s; see the logs in ${ctx.stack.logDir}`);
}
