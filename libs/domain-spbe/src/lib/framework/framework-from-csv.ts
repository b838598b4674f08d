import { parse } from 'csv-parse/sync';
import { AspectDefinition, DomainDefinition, DomainFrameworkDefinition, FrameworkDefinition, IndicatorDefinition } from './framework-definition';
import { SpbeFrameworkMalformedError } from './framework.errors';

/** Everything of a framework that the indicator CSV does not carry. */
export type FrameworkMetadata = Omit<FrameworkDefinition, 'domains' | 'groups' | 'tiers'>;

const COLUMNS = ['domain_no', 'domain', 'domain_bobot_pct', 'aspek_no', 'aspek', 'aspek_bobot_pct', 'indikator_no', 'indikator', 'indikator_bobot_pct'] as const;
type Column = (typeof COLUMNS)[number] | 'catatan';

/**
 * Builds a framework definition from an indicator table with one row per indicator
 * (`domain_no,domain,domain_bobot_pct,aspek_no,aspek,aspek_bobot_pct,indikator_no,indikator,indikator_bobot_pct[,catatan]`),
 * keeping row order. Throws {@link SpbeFrameworkMalformedError} when a column is missing or rows
 * of one domain or aspect disagree on its name or weight. Does not check weight sums: run
 * `validateFramework` on the result.
 */
export function frameworkFromIndicatorCsv(text: string, metadata: FrameworkMetadata): DomainFrameworkDefinition {
  const records = parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Record<Column, string>[];
  const missing = COLUMNS.filter((c) => records.length > 0 && !(c in records[0]));
  if (records.length === 0 || missing.length > 0) throw new SpbeFrameworkMalformedError([records.length === 0 ? 'the indicator table is empty' : `missing column(s) ${missing.join(', ')}`]);

  const problems: string[] = [];
  const domains: { def: DomainDefinition; aspects: { def: AspectDefinition; indicators: IndicatorDefinition[] }[] }[] = [];
  records.forEach((r, i) => {
    const line = i + 2;
    const domainNo = Number(r.domain_no);
    const aspectNo = Number(r.aspek_no);
    let domain = domains.find((d) => d.def.no === domainNo);
    if (!domain) domains.push((domain = { def: { no: domainNo, name: r.domain, weightPct: Number(r.domain_bobot_pct), aspects: [] }, aspects: [] }));
    else if (domain.def.name !== r.domain || domain.def.weightPct !== Number(r.domain_bobot_pct)) problems.push(`line ${line}: domain ${domainNo} is named or weighted differently than before`);
    let aspect = domain.aspects.find((a) => a.def.no === aspectNo);
    if (!aspect) domain.aspects.push((aspect = { def: { no: aspectNo, name: r.aspek, weightPct: Number(r.aspek_bobot_pct), indicators: [] }, indicators: [] }));
    else if (aspect.def.name !== r.aspek || aspect.def.weightPct !== Number(r.aspek_bobot_pct)) problems.push(`line ${line}: aspect ${aspectNo} is named or weighted differently than before`);
    const note = r.catatan?.trim();
    aspect.indicators.push({ no: Number(r.indikator_no), name: r.indikator, weightPct: Number(r.indikator_bobot_pct), ...(note ? { note } : {}) });
  });
  if (problems.length > 0) throw new SpbeFrameworkMalformedError(problems);

  return {
    ...metadata,
    domains: domains.map((d) => ({ ...d.def, aspects: d.aspects.map((a) => ({ ...a.def, indicators: a.indicators })) })),
  };
}
