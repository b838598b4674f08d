import { ChildProcess } from 'node:child_process';

/**
 * Every process the bench started and has not stopped yet. A bench interrupted with Ctrl-C, or
 * ended by an error, must not leave services or the baseline running on the machine: they are
 * killed when the bench process exits, whatever the reason.
 */
const running = new Set<ChildProcess>();
let hooked = false;

function killAll(): void {
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  running.clear();
}

export function track(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (hooked) return;
  hooked = true;
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(130);
    });
  }
}
