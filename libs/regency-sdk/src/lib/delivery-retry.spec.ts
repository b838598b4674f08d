import { deliverWithRetry, DeliveryFailure, isTransientStatus, pauseBefore, retryAfterMs, TransientDeliveryError, transientNetworkCode } from './delivery-retry';

/** A clock whose sleeps pass at once and are recorded. */
function fakeClock() {
  let now = 0;
  const slept: number[] = [];
  return { slept, clock: { now: () => now, sleep: async (ms: number) => void (slept.push(ms), (now += ms)) } };
}

/** What undici's fetch throws when nothing listens: a TypeError whose cause carries the system code. */
const refused = () => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3001'), { code: 'ECONNREFUSED' }) });

describe(deliverWithRetry.name, () => {
  it('sends again after a refused connection until the province answers', async () => {
    const { clock, slept } = fakeClock();
    let calls = 0;
    const failures: DeliveryFailure[] = [];
    const answer = await deliverWithRetry(
      async () => {
        if (++calls < 4) throw refused();
        return 'accepted';
      },
      { onRetry: (f) => failures.push(f) },
      clock,
    );
    expect(answer).toBe('accepted');
    expect(calls).toBe(4);
    expect(failures.map((f) => [f.attempt, f.reason])).toEqual([[1, 'ECONNREFUSED'], [2, 'ECONNREFUSED'], [3, 'ECONNREFUSED']]);
    expect(slept).toHaveLength(3);
  });

  it('does not send again what the province refused for a reason', async () => {
    const { clock, slept } = fakeClock();
    let calls = 0;
    const refusal = Object.assign(new Error('sub kegiatan unknown'), { code: 'SUB_KEGIATAN_UNKNOWN' });
    await expect(deliverWithRetry(async () => { calls++; throw refusal; }, {}, clock)).rejects.toBe(refusal);
    expect(calls).toBe(1);
    expect(slept).toEqual([]);
  });

  it('waits at least as long as the province asked (Retry-After)', async () => {
    const { clock, slept } = fakeClock();
    let calls = 0;
    await deliverWithRetry(async () => {
      if (++calls === 1) throw new TransientDeliveryError('HTTP_429', 'too many requests', 7000);
      return 'ok';
    }, {}, clock);
    expect(slept[0]).toBeGreaterThanOrEqual(7000);
  });

  it('gives up after maxElapsedMs with the last failure', async () => {
    const { clock } = fakeClock();
    const unavailable = new TransientDeliveryError('HTTP_503', 'service unavailable');
    await expect(deliverWithRetry(async () => { throw unavailable; }, { maxElapsedMs: 10000 }, clock)).rejects.toBe(unavailable);
  });
});

describe('what counts as transient', () => {
  it('retries a restarting, overloaded or proxied province, not a refusal', () => {
    expect([429, 500, 502, 503, 504].every(isTransientStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 413, 422].some(isTransientStatus)).toBe(false);
  });

  it('finds the system code of a network failure in its causes', () => {
    expect(transientNetworkCode(refused())).toBe('ECONNREFUSED');
    expect(transientNetworkCode(new TypeError('Invalid URL'))).toBeUndefined();
  });
});

describe(retryAfterMs.name, () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Mon, 07 Dec 2026 10:00:10 GMT', Date.parse('Mon, 07 Dec 2026 10:00:00 GMT'))).toBe(10000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe(pauseBefore.name, () => {
  it('doubles from the initial pause up to the cap, never below half of it', () => {
    const low = () => 0;
    const high = () => 1;
    expect([0, 1, 2].map((a) => pauseBefore(a, {}, undefined, high))).toEqual([250, 500, 1000]);
    expect(pauseBefore(0, {}, undefined, low)).toBe(125);
    expect(pauseBefore(30, {}, undefined, high)).toBe(15000);
  });
});
