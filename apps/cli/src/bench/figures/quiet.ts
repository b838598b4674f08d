import { Admin } from 'kafkajs';
import { BenchContext } from '../bench-context';

/**
 * Waits until the stack has nothing left to do: every outbox published, every consumer group
 * with members caught up. A figure started while the previous step's work still flows (7,581
 * catalog entries going from the nomenclature outbox to proposals and reporting after the
 * import, say) measures that work too: validation looked three times slower than it is.
 */
export async function waitUntilQuiet(ctx: BenchContext, timeoutMs = 600000): Promise<void> {
  const admin = ctx.kafka.admin();
  await admin.connect();
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const [pending, lag] = await Promise.all([unpublished(ctx), activeGroupLag(admin)]);
      if (pending === 0 && lag === 0) return;
      if (Date.now() > deadline) throw new Error(`the stack did not settle within ${timeoutMs / 1000} s (${pending} outbox rows unpublished, consumer lag ${lag})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await admin.disconnect();
  }
}

async function unpublished(ctx: BenchContext): Promise<number> {
  const schemas: { table_schema: string }[] = (await ctx.db.query(`SELECT table_schema FROM information_schema.tables WHERE table_name = 'outbox'`)).rows;
  let total = 0;
  for (const { table_schema: schema } of schemas) {
    total += Number((await ctx.db.query(`SELECT count(*) AS n FROM "${schema}"."outbox" WHERE published_at IS NULL`)).rows[0].n);
  }
  return total;
}

/** Lag of the groups that have members now (retired generations and the baseline's throw-away groups do not count). */
async function activeGroupLag(admin: Admin): Promise<number> {
  const ids = (await admin.listGroups()).groups.map((g) => g.groupId).filter((id) => !id.startsWith('baseline.'));
  if (ids.length === 0) return 0;
  const { groups } = await admin.describeGroups(ids);
  let lag = 0;
  for (const group of groups.filter((g) => g.members.length > 0)) {
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId: group.groupId })) {
      const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)]));
      for (const p of partitions) if (Number(p.offset) >= 0) lag += Math.max(0, (ends.get(p.partition) ?? 0) - Number(p.offset));
    }
  }
  return lag;
}
