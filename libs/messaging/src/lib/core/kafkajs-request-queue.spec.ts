/**
 * kafkajs 2.2.4 is patched (patches/kafkajs+2.2.4.patch, applied by `postinstall`): its request
 * queue rescheduled a check of pending requests after every check with a negative delay, so each
 * broker connection of every service ran a 1 ms timer loop for ever (kafkajs issue #1556). These
 * specs hold the patch in place: if an install skipped it, the first one fails.
 */
// The request queue is internal to kafkajs: no types, no export but its file.
const RequestQueue = require('kafkajs/src/network/requestQueue') as new (options: Record<string, unknown>) => Queue;

interface Queue {
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  pending: unknown[];
  inflight: Map<number, unknown>;
  push(request: { entry: Record<string, unknown>; expectResponse: boolean; sendRequest: () => void; requestTimeout?: number }): void;
  fulfillRequest(response: { correlationId: number; payload: Buffer | null; size: number }): void;
  maybeThrottle(ms: number): void;
  destroy(): void;
}

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

const queues: Queue[] = [];

function queue(maxInFlightRequests?: number): Queue {
  const q = new RequestQueue({ maxInFlightRequests, requestTimeout: 30000, enforceRequestTimeout: false, clientId: 'spec', broker: 'localhost:9092', logger: silent });
  queues.push(q);
  return q;
}

/** A request as kafkajs' connection pushes it; `sent` counts the times it went to the socket. */
function request(correlationId: number, sent: number[]) {
  return {
    entry: { correlationId, apiKey: 1, apiName: 'Fetch', apiVersion: 11, resolve: () => undefined, reject: () => undefined },
    expectResponse: true,
    sendRequest: () => sent.push(correlationId),
  };
}

describe('kafkajs request queue (patched)', () => {
  afterEach(() => {
    // Unpatched, a queue's timer loop would keep jest from ever exiting after a failure.
    for (const q of queues.splice(0)) q.destroy();
    jest.useRealTimers();
  });

  it('schedules no timer when a response arrives and nothing is pending', () => {
    const q = queue();
    const sent: number[] = [];
    q.push(request(1, sent));
    q.fulfillRequest({ correlationId: 1, payload: null, size: 0 });
    expect(sent).toEqual([1]);
    expect(q.throttleCheckTimeoutId).toBeNull();
  });

  it('still sends a request held back by the in-flight limit once the one before it is answered', () => {
    const q = queue(1);
    const sent: number[] = [];
    q.push(request(1, sent));
    q.push(request(2, sent));
    expect(sent).toEqual([1]);
    q.fulfillRequest({ correlationId: 1, payload: null, size: 0 });
    expect(sent).toEqual([1, 2]);
    expect(q.pending).toHaveLength(0);
  });

  it('still sends a request held back by broker throttling when the throttle ends', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const q = queue();
    const sent: number[] = [];
    q.maybeThrottle(500);
    q.push(request(1, sent));
    expect(sent).toEqual([]);
    jest.advanceTimersByTime(499);
    expect(sent).toEqual([]);
    jest.advanceTimersByTime(20);
    expect(sent).toEqual([1]);
    expect(q.throttleCheckTimeoutId).toBeNull();
  });
});
