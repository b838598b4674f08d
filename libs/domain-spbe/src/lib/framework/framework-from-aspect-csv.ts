import { parse } from 'csv-parse/sync';
import { FrameworkDefinition, GroupDefinition, IndicatorDefinition } from './framework-definition';
import { SpbeFrameworkMalformedError } from './framework.errors';

/** Everything of an aspect → indicator framework that its indicator table does not carry. */
export type AspectFrameworkMetadata = Omit<FrameworkDefinition, 'groups' | 'domains' | 'tiers'> & {
  /** Aspect weight in percent by aspect number: published on their own, checked against the indicators' sums. */
  readonly aspectWeights: Readonly<Record<number, number>>;
  /** Indicator number → the other agency's index its level is taken from. */
  readonly scoredFrom?: Readonly<Record<number, string>>;
};

const COLUMNS = ['no', 'aspek_no', 'aspek', 'indikator', 'bobot_persen'] as const;
type Column = (typeof COLUMNS)[number] | 'sumber';

/**
 * Builds an aspect → indicator framework (Indeks Pemdi, PermenPANRB 8/2026) from a table with
 * one row per indicator (`no,aspek_no,aspek,indikator,bobot_persen[,sumber]`), keeping row
 * order; `sumber` becomes the indicator's `note`. Throws {@link SpbeFrameworkMalformedError}
 * for a missing column, an aspect named two ways or an aspect without a published weight.
 * Does not check weight sums: run `validateFramework` on the result.
 */
export function frameworkFromAspectCsv(text: string, metadata: AspectFrameworkMetadata): FrameworkDefinition {
  const records = parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Record<Column, string>[];
  const missing = COLUMNS.filter((c) => records.length > 0 && !(c in records[0]));
  if (records.length === 0 || missing.length > 0) throw new SpbeFrameworkMalformedError([records.length === 0 ? 'the indicator table is empty' : `missing column(s) ${missing.join(', ')}`]);

  const { aspectWeights, scoredFrom = {}, ...rest } = metadata;
  const problems: string[] = [];
  const aspects: { no: number; name: string; indicators: IndicatorDefinition[] }[] = [];
  records.forEach((r, i) => {
    const no = Number(r.aspek_no);
    let aspect = aspects.find((a) => a.no === no);
    if (!aspect) aspects.push((aspect = { no, name: r.aspek, indicators: [] }));
    else if (aspect.name !== r.aspek) problems.push(`line ${i + 2}: aspect ${no} is named differently than before`);
    const indicatorNo = Number(r.no);
    const note = r.sumber?.trim();
    const source = scoredFrom[indicatorNo];
    aspect.indicators.push({ no: indicatorNo, name: r.indikator, weightPct: Number(r.bobot_persen), ...(note ? { note } : {}), ...(source ? { scoredFrom: source } : {}) });
  });
  for (const a of aspects) if (aspectWeights[a.no] === undefined) problems.push(`aspect ${a.no} has no published weight`);
  if (problems.length > 0) throw new SpbeFrameworkMalformedError(problems);

  const groups: GroupDefinition[] = aspects.map((a) => ({ no: a.no, name: a.name, weightPct: aspectWeights[a.no], indicators: a.indicators }));
  return { ...rest, tiers: [{ key: 'aspect', name: 'Aspek' }], groups };
}
