import { aProposalState, buildEvent, PROPOSAL_EVENT_TYPES, ProposalStateV1, TOPICS } from '@selaras/contracts';
import { eventually, produce, RunningService, startTestService, testKafka, testToken, withTestDatabase } from '@selaras/testing';
import { ReportingAppModule } from '../app.module';
import { ReportingConfig } from '../config';
import { getJson } from '../testing/http';

/**
 * Real: Kafka broker, PostgreSQL, the reporting service. The usulan projection keeps no inbox
 * rows (it is `idempotent`): a delivery seen before must change nothing by itself. The relay
 * sends an event again when its mark was lost, and a partition moving between instances
 * redelivers a range.
 */
describe('the usulan read model applies redelivered events once', () => {
  const kafka = testKafka();
  const coordinator = testToken('81', 'coordinator');
  let reporting: RunningService;

  beforeAll(async () => {
    reporting = await startTestService(ReportingConfig, (c) => ReportingAppModule.register(c));
  });

  afterAll(async () => {
    await reporting?.close();
  });

  const eventOf = (state: ProposalStateV1, type: (typeof PROPOSAL_EVENT_TYPES)[keyof typeof PROPOSAL_EVENT_TYPES]) =>
    buildEvent(type, state, { source: `/regions/${state.region}/opd/${state.opd.code}`, subject: state.id, region: state.region });

  it('keeps the newest revision and logs each change once when events come again, older ones included', async () => {
    const drafted = aProposalState({ region: '81.71', status: 'draft', revision: 1 });
    const first = eventOf(drafted, PROPOSAL_EVENT_TYPES.drafted);
    const second = eventOf({ ...drafted, status: 'submitted', revision: 2 }, PROPOSAL_EVENT_TYPES.submitted);
    const send = (events: object[]) => produce(kafka, TOPICS.proposalsEvents.name, events.map((e) => ({ key: drafted.id, value: JSON.stringify(e) })));

    // One at a time: within one batch only the newest revision is applied and logged.
    await send([first]);
    await eventually(async () => (await usulan(drafted.id))?.revision === 1);
    await send([second]);
    await eventually(async () => (await usulan(drafted.id))?.revision === 2);
    // Sent again, one at a time (so no batch holds both copies), and then another usulan on the
    // same key: on the same partition behind them, so once it shows, they have been applied.
    await send([second]);
    await send([first]);
    const marker = aProposalState({ region: '81.71' });
    await send([eventOf(marker, PROPOSAL_EVENT_TYPES.drafted)]);
    await eventually(async () => (await usulan(marker.id)) !== undefined);

    expect(await usulan(drafted.id)).toMatchObject({ status: 'submitted', revision: 2 });
    expect(await loggedEvents(drafted.id)).toEqual([first.id, second.id].sort());
    expect(await inboxRows([first.id, second.id])).toBe(0);
  });

  it('serves each usulan of one delivery with its own state', async () => {
    // The rows and their states travel as two parameters of one statement, paired by position.
    const states = Array.from({ length: 6 }, (_, i) => aProposalState({ region: '81.71', status: 'draft', revision: 1, paguIndikatif: (i + 1) * 1_000_000 }));
    // One key: one partition, so the six arrive together, in one statement.
    await produce(kafka, TOPICS.proposalsEvents.name, states.map((state) => ({ key: 'one-delivery', value: JSON.stringify(eventOf(state, PROPOSAL_EVENT_TYPES.drafted)) })));
    for (const state of states) expect(await eventually(() => usulan(state.id))).toEqual(JSON.parse(JSON.stringify(state)));
  });

  it('leaves room on each page of the usulan read model for a revision (fillfactor 70, so revisions are HOT updates)', async () => {
    const reloptions = await withTestDatabase(async (client) => {
      const { rows } = await client.query(
        `SELECT c.reloptions FROM "reporting"."read_model_generation" g
         JOIN pg_namespace n ON n.nspname = g.schema_name
         JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = 'proposal_view'
         WHERE g.status = 'live'`,
      );
      return rows[0]?.reloptions;
    });
    expect(reloptions).toEqual(['fillfactor=70']);
  });

  async function usulan(id: string): Promise<ProposalStateV1 | undefined> {
    const { status, body } = await getJson<ProposalStateV1>(`${reporting.url}/v1/reports/proposals/${id}`, coordinator);
    return status === 200 ? body : undefined;
  }
});

/** The events whose changes the stream got for this usulan. */
function loggedEvents(usulanId: string): Promise<string[]> {
  return withTestDatabase(async (client) => {
    const { rows } = await client.query(`SELECT event_id FROM "reporting"."change_log" WHERE kind = 'proposal' AND data->>'id' = $1 ORDER BY event_id`, [usulanId]);
    return rows.map((r: { event_id: string }) => r.event_id);
  });
}

function inboxRows(eventIds: string[]): Promise<number> {
  return withTestDatabase(async (client) => {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "reporting"."inbox" WHERE event_id = ANY($1::text[])`, [eventIds]);
    return rows[0].n;
  });
}
