import { Presets, SingleBar } from 'cli-progress';

/** What a long step reports; a no-op when the bench runs quietly (CI, the smoke spec). */
export interface Progress {
  update(value: number, payload?: Record<string, string | number>): void;
  stop(): void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

export function progressBar(quiet: boolean, label: string, total: number, unit: string): Progress {
  if (quiet || !process.stderr.isTTY) return SILENT;
  const bar = new SingleBar({ format: `${label.padEnd(28)} |{bar}| {value}/{total} ${unit} {note}`, hideCursor: true, clearOnComplete: false, stopOnComplete: false }, Presets.shades_classic);
  bar.start(total, 0, { note: '' });
  return {
    update: (value, payload) => bar.update(Math.min(value, total), { note: '', ...payload }),
    stop: () => bar.stop(),
  };
}
