import { randomUUID } from 'node:crypto';
import { KafkaMessage, Producer } from 'kafkajs';
import { Pool } from 'pg';
import { BASELINE_TOPICS, T0_HEADER } from './baseline-topics';

const BATCH_TYPE = 'proposals.usulan.batch.v1';

interface BatchLike {
  type: typeof BATCH_TYPE;
  data: { events: InboundLike[] };
}

interface InboundLike {
  type: string;
  id: string;
  time: string;
  region: string;
  data: { externalId: string; status?: string } & Record<string, unknown>;
}

/**
 * Inbound without the framework: parse the JSON, upsert the usulan by (region, externalId) in
 * one statement per chunk, publish the new state of each straight to `baseline.events` after the
 * commit. No signature check, no validation, no inbox, no outbox: what the baseline leaves out.
 */
export async function applyInbound(pool: Pool, producer: Producer, messages: KafkaMessage[]): Promise<void> {
  const latest = new Map<string, { event: InboundLike; t0?: string }>();
  for (const message of messages) {
    const sent = JSON.parse(message.value!.toString()) as InboundLike | BatchLike;
    const t0 = message.headers?.[T0_HEADER]?.toString();
    // A regency's batch is its events, each taken as if sent alone.
    for (const event of sent.type === BATCH_TYPE ? (sent as BatchLike).data.events : [sent as InboundLike]) {
      latest.set(`${event.region}:${event.data.externalId}`, { event, t0 });
    }
  }
  const list = [...latest.values()];
  const rows: { region: string; external_id: string; id: string; revision: number }[] = (await pool.query(
    `INSERT INTO baseline.usulan AS u (region, external_id, id, revision, state)
     SELECT region, external_id, id, 1, state FROM json_to_recordset($1::json) AS t(region text, external_id text, id uuid, state jsonb)
     ON CONFLICT (region, external_id) DO UPDATE SET revision = u.revision + 1, state = EXCLUDED.state
     RETURNING region, external_id, id, revision`,
    [JSON.stringify(list.map((l) => ({ region: l.event.region, external_id: l.event.data.externalId, id: randomUUID(), state: l.event.data })))],
  )).rows;
  const byKey = new Map(list.map((l) => [`${l.event.region}:${l.event.data.externalId}`, l]));
  await producer.send({
    topic: BASELINE_TOPICS.events.name,
    acks: -1,
    messages: rows.map((row) => {
      const { event, t0 } = byKey.get(`${row.region}:${row.external_id}`)!;
      const { externalId: _e, status, ...fields } = event.data;
      const state = { ...fields, id: row.id, status: status ?? 'draft', revision: row.revision, externalId: row.external_id, updatedAt: event.time };
      return { key: row.id, value: JSON.stringify({ type: 'proposals.proposal.drafted.v1', data: state }), headers: t0 ? { [T0_HEADER]: t0 } : undefined };
    }),
  });
}
