import { Figure, meetsTarget } from './figure';
import { formatNumber, formatRatio, formatTarget } from './format';
import { MachineInfo } from './machine';

const HEADER = ['Figure', 'Selaras', 'Baseline (raw kafkajs + pg)', 'Selaras ÷ baseline', 'Target (DESIGN §8)', 'Met'];

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function valueWithUnit(value: number | null, unit: string): string {
  return value === null ? '—' : `${formatNumber(value)} ${unit}`;
}

/** One row per figure; the target column is empty where DESIGN §8 sets none. */
export function figureRows(figures: readonly Figure[]): string[][] {
  return figures.map((f) => {
    const met = meetsTarget(f.selaras, f.target);
    return [
      f.label,
      valueWithUnit(f.selaras, f.unit),
      valueWithUnit(f.baseline, f.unit),
      formatRatio(f.selaras, f.baseline),
      formatTarget(f.target, f.unit),
      met === null ? '' : met ? 'yes' : '**no**',
    ];
  });
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function describeMachineLine(machine: MachineInfo): string {
  return `${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node.replace(/^v/, '')}, Kafka ${machine.kafka}, PostgreSQL ${machine.postgres}; ` +
    `load average ${machine.loadAverageAtStart} at start; ${machine.date.slice(0, 16).replace('T', ' ')} UTC, commit ${machine.commit}`;
}

/** The Markdown of `bench/results/latest.md`: the table, the machine and the notes of each figure. */
export function renderResults(figures: readonly Figure[], machine: MachineInfo, sizes: string): string {
  const notes = figures.filter((f) => f.note).map((f) => `- ${f.label}: ${f.note}`);
  return [
    `# Selaras benchmark`,
    '',
    markdownTable(HEADER, figureRows(figures)),
    '',
    `Machine: ${describeMachineLine(machine)}.`,
    '',
    `Sizes: ${sizes}.`,
    ...(notes.length > 0 ? ['', ...notes] : []),
    '',
  ].join('\n');
}
