/** What a closed loop of workers did: units per second, and how long each call took (ms). */
export interface LoadRun {
  perSecond: number;
  latenciesMs: number[];
}

/**
 * Runs `task` back to back on `concurrency` workers for `seconds`: how many units they
 * completed per second (each call says how many units it did: codes, queries), and each
 * call's time.
 */
export async function loadRun(seconds: number, concurrency: number, task: (worker: number, round: number) => Promise<number>): Promise<LoadRun> {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let units = 0;
  const latenciesMs: number[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let round = 0; performance.now() < deadline; round++) {
        const call = performance.now();
        units += await task(worker, round);
        latenciesMs.push(performance.now() - call);
      }
    }),
  );
  return { perSecond: units / ((performance.now() - started) / 1000), latenciesMs };
}

/** {@link loadRun}'s units per second alone. */
export async function unitsPerSecond(seconds: number, concurrency: number, task: (worker: number, round: number) => Promise<number>): Promise<number> {
  return (await loadRun(seconds, concurrency, task)).perSecond;
}
