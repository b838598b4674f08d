/**
 * The metric names a PromQL expression reads: identifiers outside label matchers, grouping
 * clauses and strings that are neither functions nor keywords. Histogram series (`_bucket`,
 * `_sum`, `_count`) count as their histogram's name. Enough for the expressions of
 * selaras.rules.yml and the Grafana dashboard, not a PromQL parser.
 */
const KEYWORDS = new Set(['by', 'without', 'and', 'or', 'unless', 'on', 'ignoring', 'group_left', 'group_right', 'offset', 'bool', 'inf', 'nan']);

export function metricNamesIn(expr: string): string[] {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ');
  const names = new Set<string>();
  for (const match of stripped.matchAll(/\b[a-zA-Z_:][a-zA-Z0-9_:]*\b/g)) {
    const name = match[0];
    const next = stripped.slice(match.index! + name.length).trimStart();
    if (KEYWORDS.has(name.toLowerCase()) || next.startsWith('(')) continue;
    names.add(name.replace(/_(bucket|sum|count)$/, ''));
  }
  return [...names].sort();
}

/** The metric families a `/metrics` text declares (`# TYPE` lines), with or without samples yet. */
export function declaredMetricNames(text: string): Set<string> {
  return new Set([...text.matchAll(/^# TYPE (\S+) \S+$/gm)].map((m) => m[1]));
}
