/**
 * Runs `task` back to back on `concurrency` workers for `seconds` and returns how many units
 * they completed per second (each call says how many units it did: codes, queries).
 */
export async function unitsPerSecond(seconds: number, concurrency: number, task: (worker: number, round: number) => Promise<number>): Promise<number> {
  const started = Date.now();
  const deadline = started + seconds * 1000;
  let units = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let round = 0; Date.now() < deadline; round++) units += await task(worker, round);
    }),
  );
  return units / ((Date.now() - started) / 1000);
}
