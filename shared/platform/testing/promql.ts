/**
 * The metric names a PromQL expression reads, for the tests that hold the dashboard and the
 * alert rules to the metrics the functions serve. Not a parser: strings, label matchers, ranges
 * and grouping labels are blanked out first, then every name left that is neither a function
 * call, an aggregation, a keyword nor a number is a metric.
 */

const AGGREGATIONS = [
  'sum',
  'min',
  'max',
  'avg',
  'group',
  'stddev',
  'stdvar',
  'count',
  'count_values',
  'bottomk',
  'topk',
  'quantile',
  'limitk',
  'limit_ratio',
]
const KEYWORDS = [
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'and',
  'or',
  'unless',
  'offset',
  'bool',
  'atan2',
  'inf',
  'nan',
]
const NOT_METRICS = new Set([...AGGREGATIONS, ...KEYWORDS])

export function metricNamesIn(expr: string): string[] {
  const blanked = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""')
    .replace(/\{[^}]*\}/g, '{}')
    .replace(/\[[^\]]*\]/g, '[]')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/gi, '$1 ()')
  const names = new Set<string>()
  // A name not glued to a digit (5m, 1e3) or a `$` (Grafana's variables), and not called.
  for (const [, name, call] of blanked.matchAll(/(?<![\w:.$])([A-Za-z_:][\w:]*)(\s*\()?/g)) {
    if (name && !call && !NOT_METRICS.has(name.toLowerCase())) names.add(name)
  }
  return [...names]
}

/** The sample names (with _bucket, _sum, _count as they appear) of a Prometheus text exposition. */
export function sampleNamesIn(exposition: string): Set<string> {
  const names = new Set<string>()
  for (const line of exposition.split('\n')) {
    const name = /^([A-Za-z_:][\w:]*)[{ ]/.exec(line)?.[1]
    if (name) names.add(name)
  }
  return names
}
