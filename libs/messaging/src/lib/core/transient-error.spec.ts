import { isTransientError, PermanentEventError } from './transient-error';
import { backoffDelay } from './backoff';
import { groupByTopicInOrder } from './outbox-relay';

describe(isTransientError.name, () => {
  it.each([
    [{ code: 'ECONNREFUSED' }],
    [{ code: '57P01', message: 'terminating connection due to administrator command' }],
    [{ code: '08006' }],
    [{ code: '40001' }],
    [new Error('Connection terminated unexpectedly')],
    [{ message: 'query failed', driverError: { code: 'ECONNRESET' } }],
  ])('treats %j as transient', (error) => {
    expect(isTransientError(error)).toBe(true);
  });

  it.each([[{ code: '23505' }], [new TypeError('x is undefined')], [new PermanentEventError('X', 'bad')], [null]])('treats %j as permanent', (error) => {
    expect(isTransientError(error)).toBe(false);
  });
});

describe(backoffDelay.name, () => {
  it('grows exponentially and stays under the cap', () => {
    const max = () => 1;
    expect(backoffDelay(0, 100, 5000, max)).toBe(100);
    expect(backoffDelay(3, 100, 5000, max)).toBe(800);
    expect(backoffDelay(30, 100, 5000, max)).toBe(5000);
  });

  it('never waits less than half the ceiling (jitter keeps some backoff)', () => {
    expect(backoffDelay(3, 100, 5000, () => 0)).toBe(400);
  });
});

describe(groupByTopicInOrder.name, () => {
  it('keeps the id order of rows within each topic', () => {
    const rows = [
      { id: 1, topic: 'a' },
      { id: 2, topic: 'b' },
      { id: 3, topic: 'a' },
    ];
    expect(groupByTopicInOrder(rows)).toEqual([
      ['a', [rows[0], rows[2]]],
      ['b', [rows[1]]],
    ]);
  });
});
