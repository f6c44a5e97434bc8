/**
 * Renders docs/metrics.md from the registry, so the document users read says exactly
 * what the code computes. metrics-doc.test.ts fails when the file is stale.
 */
import type { MetricDefinition, MetricOptionSpec, MetricUnit } from './metric';
import { ruleWords } from './options';

const UNIT_WORDS: Readonly<Record<MetricUnit, string>> = {
  count: 'count',
  percent: 'percent (numerator ÷ denominator × 100)',
  per_1000: 'per 1,000 (numerator ÷ denominator × 1,000)',
  per_100000: 'per 100,000 (numerator ÷ denominator × 100,000)',
  minutes: 'minutes',
  days: 'days',
};

const INTRODUCTION = `# Metrics

Generated from the metric registry (\`src/metrics/registry.ts\`) by
\`src/metrics/metrics-doc.ts\`. Do not edit by hand: change a definition, then run
\`npx vitest run src/metrics/metrics-doc.test.ts -u\`.

## How every metric is computed

- All figures are computed by DuckDB in the browser from the canonical tables; no data
  leaves the browser.
- Dates are the agency's local calendar dates. A record counts in the period its date
  falls in, so a contact at 23:59 on 31 January counts in January.
- Periods are months, quarters, calendar years or fiscal years. A fiscal year is named by
  the calendar year it ends in: with a July start, 1 July 2024 – 30 June 2025 is FY2025.
- Every period between the first and last shown appears, even with no records: a count
  reads 0, and a rate whose denominator is 0 is left blank (never 0% or infinity).
- Counts of incidents, contacts, arrests, referrals and placements count export rows:
  the records an import split from one packed row (one per subject of a use-of-force
  incident) share its \`source_record\` and count once.
- Counts of use-of-force incidents count incidents, not reports: where an export files
  one report per officer, the reports of one incident share its \`incident_key\` and
  count once (a row without one counts by its export row). An incident is
  crisis-related, or of a force type, when any of its reports says so.
- A breakdown puts records whose value is missing in the group "(not recorded)", so the
  groups of a count of records add up to the total, except by a column the import
  split: an incident listing two kinds of force counts once under each.
- CompStat windows end on the "as of" date: the week from Monday, the last 28 days, the
  month to date and the year to date. The week and 28 days compare with the same
  weekdays 52 weeks earlier; the month and year to date with the same dates a year
  earlier (29 February compares with 28 February; a window ending on the last day of
  February compares with the whole of the earlier February).
- A period is marked in progress while it includes today, and incomplete when the data
  ends before its last day.
- A percentage change is shown only when the earlier count is at least the metric's
  minimum for change.
`;

function optionLine(option: MetricOptionSpec): string {
  const fallback = option.defaultValue ?? 'unset';
  const allowed = option.kind === 'number' ? `; ${ruleWords(option.rule)}` : '';
  return `  - \`${option.key}\` (default ${String(fallback)}${allowed}): ${option.description}`;
}

function optionLines(metric: MetricDefinition): string[] {
  return (metric.options ?? []).map(optionLine);
}

/** The markdown section for one metric. */
export function renderMetric(metric: MetricDefinition): string {
  const lines = [
    `### ${metric.name}`,
    '',
    `- Id: \`${metric.id}\``,
    `- Numerator: ${metric.numerator}`,
    `- Denominator: ${metric.denominator ?? 'none (a count)'}`,
    `- Unit: ${UNIT_WORDS[metric.unit]}`,
    `- Data: ${metric.datasets.join(', ')}; fields ${metric.fields.join(', ')}`,
    ...(metric.requires?.length
      ? [
          `- Shown only when the data holds: ${metric.requires
            .map((entry) => entry.split('|').join(' or '))
            .join(', ')}`,
        ]
      : []),
    `- Period: ${metric.periodRule}`,
    `- Better when: ${metric.lowerIsBetter ? 'lower' : 'higher'}`,
    `- Change shown from a prior count of: ${metric.minimumForChange}`,
  ];
  if (metric.defaultTarget !== undefined)
    lines.push(`- Default target: ${metric.defaultTarget}`);
  if (metric.breakdowns?.length) lines.push(`- Read by: ${metric.breakdowns.join(', ')}`);
  if (metric.options?.length) lines.push('- Options:', ...optionLines(metric));
  if (metric.caveats.length) {
    lines.push('- Caveats:', ...metric.caveats.map((caveat) => `  - ${caveat}`));
  }
  return lines.join('\n');
}

/** The whole of docs/metrics.md for families of metrics. */
export function renderMetricsDoc(
  families: ReadonlyArray<{
    readonly title: string;
    readonly metrics: readonly MetricDefinition[];
  }>,
): string {
  const sections = families.map(
    (family) => `## ${family.title}\n\n${family.metrics.map(renderMetric).join('\n\n')}`,
  );
  return `${INTRODUCTION}\n${sections.join('\n\n')}\n`;
}
