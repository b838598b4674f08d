import { DataSource, EntityManager } from 'typeorm';
import { CloudEvent } from '@selaras/contracts';
import { BatchTransaction, OwnershipGuard, Sorted } from './batch-transaction';
import { ConsumedEvent, Refusal } from './consumed-event';
import { DeadLetter } from './dead-letter';
import { EventBatchHandler } from './event-consumer';
import { Inbox } from './inbox';
import { silentLogger } from './log';

/** A PostgreSQL connection lost at COMMIT: transient, so the transaction is run again. */
const connectionLost = () => Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' });

/**
 * A data source whose transactions run the callback against a fake manager that claims every
 * inbox row, then fail at COMMIT as many times as told. The SQL itself is the integration
 * spec's business; here only what the consumer does around it is checked.
 */
function fakeDataSource(commitFailures: number): { dataSource: DataSource; commits: () => number } {
  let failuresLeft = commitFailures;
  let commits = 0;
  const manager = {
    query: async (sql: string, params: unknown[]) => (sql.startsWith('INSERT') ? (params[1] as string[]).map((id) => ({ event_id: id })) : []),
  } as unknown as EntityManager;
  const dataSource = {
    transaction: async <T>(work: (m: EntityManager) => Promise<T>): Promise<T> => {
      const result = await work(manager);
      if (failuresLeft > 0) {
        failuresLeft--;
        throw connectionLost();
      }
      commits++;
      return result;
    },
  } as unknown as DataSource;
  return { dataSource, commits: () => commits };
}

function anEvent(id: string, offset: string): ConsumedEvent {
  const event = { id, type: 'proposals.proposal.drafted.v1', source: 'test', specversion: '1.0', data: {} } as unknown as CloudEvent<unknown>;
  return { event, topic: 'proposals.events', partition: 0, offset, key: id, raw: Buffer.from(id), sent: {} };
}

function sortedOf(events: ConsumedEvent[], letters: DeadLetter[] = []): Sorted {
  return { events, tombstones: [], letters, ignored: 0 };
}

const owned: OwnershipGuard = { heartbeat: async () => undefined, stillOwner: () => true };

function transactionWith(dataSource: DataSource, handler: EventBatchHandler): BatchTransaction {
  return new BatchTransaction({ dataSource, handler, inbox: new Inbox('test', 'test-group'), groupId: 'test-group', logger: silentLogger });
}

describe(BatchTransaction.name, () => {
  it('dead-letters a refused event once when the COMMIT that recorded its refusal failed and was retried', async () => {
    const { dataSource, commits } = fakeDataSource(1);
    const refuseB = { apply: async (_m: EntityManager, events: ConsumedEvent[]): Promise<Refusal[]> => events.filter((e) => e.event.id === 'b').map((e) => ({ eventId: e.event.id, code: 'REFUSED', reason: 'b is wrong' })) };
    const transaction = transactionWith(dataSource, refuseB);

    const letters = await transaction.apply(sortedOf([anEvent('a', '1'), anEvent('b', '2')]), owned);

    expect(letters?.map((l) => [l.offset, l.code])).toEqual([['2', 'REFUSED']]);
    expect(commits()).toBe(1);
    expect(transaction.applied).toBe(1);
  });

  it('keeps the letters parsing found, once, through a retried COMMIT', async () => {
    const { dataSource } = fakeDataSource(2);
    const parsed: DeadLetter = { topic: 'proposals.events', partition: 0, offset: '9', key: null, value: null, code: 'CONTRACT_INVALID', reason: 'no id' };
    const letters = await transactionWith(dataSource, { apply: async () => [] }).apply(sortedOf([anEvent('a', '1')], [parsed]), owned);
    expect(letters).toEqual([parsed]);
  });

  it('isolates the event a handler cannot apply and applies the others', async () => {
    const { dataSource } = fakeDataSource(0);
    const applied: string[] = [];
    const handler = {
      apply: async (_m: EntityManager, events: ConsumedEvent[]) => {
        if (events.some((e) => e.event.id === 'bad')) throw new Error('column "x" does not exist');
        applied.push(...events.map((e) => e.event.id));
      },
    };
    const letters = await transactionWith(dataSource, handler).apply(sortedOf([anEvent('a', '1'), anEvent('bad', '2'), anEvent('c', '3')]), owned);
    expect(applied).toEqual(['a', 'c']);
    expect(letters?.map((l) => [l.offset, l.code, l.reason])).toEqual([['2', 'HANDLER_FAILED', 'column "x" does not exist']]);
  });

  it('stops retrying one event alone once the partitions belong to another member, heartbeating while it waits', async () => {
    let failures = 0;
    const handler = {
      apply: async (_m: EntityManager, events: ConsumedEvent[]) => {
        if (events.length > 1) throw new Error('a poison event in the batch');
        if (events[0].event.id === 'b') {
          failures++;
          throw connectionLost();
        }
      },
    };
    let heartbeats = 0;
    const guard: OwnershipGuard = { heartbeat: async () => void heartbeats++, stillOwner: () => failures < 3 };
    const letters = await transactionWith(fakeDataSource(0).dataSource, handler).apply(sortedOf([anEvent('a', '1'), anEvent('b', '2')]), guard);
    expect(letters).toBeNull();
    expect(failures).toBe(3);
    expect(heartbeats).toBe(2);
  });

  it('gives up a batch whose transient failure outlasts the ownership of its partitions', async () => {
    let owner = true;
    const handler = {
      apply: async () => {
        owner = false;
        throw connectionLost();
      },
    };
    const letters = await transactionWith(fakeDataSource(0).dataSource, handler).apply(sortedOf([anEvent('a', '1')]), { heartbeat: async () => undefined, stillOwner: () => owner });
    expect(letters).toBeNull();
  });
});
