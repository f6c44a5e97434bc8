import { useState } from 'react';
import type { QueryRunner } from '../../engine/query-runner';
import type { Filter, PeriodGrain } from '../../metrics/metric';
import { metricById } from '../../metrics/registry';
import { runMetric } from '../../metrics/run-metric';
import { directionWords } from '../shared/metric-format';
import { useAsyncResult } from '../shared/useAsyncResult';
import type { CompStatLine } from './compstat-metrics';
import { requestOptions } from './load-compstat';
import { TrendChart } from './TrendChart';
import { trendPoints, withoutSmallCounts } from './trend-points';
import type { SharingRule } from '../shared/sharing-rule';
import { dataSpan, type WorkspaceExtent } from '../shared/workspace-extent';

interface Props {
  readonly runner: QueryRunner;
  readonly lines: readonly CompStatLine[];
  readonly filters: readonly Filter[];
  readonly fiscalYearStartMonth: number;
  readonly lastDataDate: string;
  /** Where each metric's own data starts and ends, for which periods are complete. */
  readonly extent: WorkspaceExtent;
  readonly today: string;
  readonly followUpMonths: number;
  readonly metricOptions: Readonly<Record<string, number>>;
  readonly sourceKey: string;
  /** The chart is never printed; on screen it leaves small counts out when asked. */
  readonly sharing: SharingRule;
}

const GRAINS: readonly { value: PeriodGrain; label: string }[] = [
  { value: 'month', label: 'Month' },
  { value: 'quarter', label: 'Quarter' },
  { value: 'year', label: 'Calendar year' },
  { value: 'fiscal_year', label: 'Fiscal year' },
];

/** One metric's trend by the chosen period, with its interval band. */
export function TrendPanel(props: Props) {
  const [metricId, setMetricId] = useState(props.lines[0]?.metricId ?? '');
  const [grain, setGrain] = useState<PeriodGrain>('month');
  const definition = metricById(metricId);
  const span = definition ? dataSpan(props.extent, definition.datasets) : null;
  const context = {
    grain,
    fiscalYearStartMonth: props.fiscalYearStartMonth,
    firstDataDate: span?.firstDate ?? props.lastDataDate,
    lastDataDate: span?.lastDate ?? props.lastDataDate,
    today: props.today,
  };
  const key = definition
    ? JSON.stringify([
        props.sourceKey,
        metricId,
        grain,
        props.filters,
        context,
        props.followUpMonths,
        props.metricOptions,
      ])
    : null;
  const result = useAsyncResult(key, async () => {
    const rows = await runMetric(props.runner, definition!, {
      grain,
      filters: props.filters,
      fiscalYearStartMonth: props.fiscalYearStartMonth,
      options: requestOptions(definition!, {
        asOf: props.lastDataDate,
        followUpMonths: props.followUpMonths,
        metricOptions: props.metricOptions,
      }),
    });
    return trendPoints(definition!, rows, context);
  });
  if (result.status === 'failed') throw result.error;
  const partial =
    result.status === 'done'
      ? result.value.filter((point) => point.completeness !== 'complete')
      : [];

  return (
    <section className="trend-panel" aria-label="Trend">
      <h3>Trend</h3>
      <div className="controls">
        <label>
          Measure{' '}
          <select
            name="trend-metric"
            value={metricId}
            onChange={(e) => setMetricId(e.target.value)}
          >
            {props.lines.map((line) => (
              <option key={line.metricId} value={line.metricId}>
                {line.label ?? metricById(line.metricId)?.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          By{' '}
          <select
            name="trend-grain"
            value={grain}
            onChange={(e) => setGrain(e.target.value as PeriodGrain)}
          >
            {GRAINS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {definition && (
        <p className="note">
          {definition.name} ({directionWords(definition.lowerIsBetter)}). Shaded: 95%
          interval.
        </p>
      )}
      {result.status === 'loading' || !definition ? (
        <p role="status">Computing the trend…</p>
      ) : (
        <>
          <TrendChart
            definition={definition}
            points={
              props.sharing.onScreen
                ? withoutSmallCounts(result.value, props.sharing.preset)
                : result.value
            }
          />
          <p className="note" data-testid="incomplete-periods">
            {partial.length === 0
              ? 'Every period shown is complete.'
              : `Incomplete (dashed): ${partial
                  .map(
                    (point) =>
                      `${point.label} (${completenessWords(point.completeness)})`,
                  )
                  .join(', ')}; data runs from ${context.firstDataDate} to ${
                  context.lastDataDate
                }.`}
          </p>
        </>
      )}
    </section>
  );
}

function completenessWords(completeness: string): string {
  return completeness === 'in_progress' ? 'in progress' : 'data covers only part of it';
}
