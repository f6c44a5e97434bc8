import { useMemo, useState } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import type { QueryRunner } from '../../engine/query-runner';
import {
  latestCompleteMonth,
  monthCoverage,
  type MonthCounts,
} from '../../metrics/month-comparison';
import {
  eventDatesQuery,
  monthCountsOf,
  monthlyEventsQuery,
  type EventDates,
} from '../../metrics/month-view';
import { toMetricRow } from '../../metrics/run-metric';
import type { BreakdownFilter, EventSource } from '../../model/event-source';
import {
  metricOptionValues,
  type WorkspaceSettings,
} from '../../model/workspace-settings';
import { useQueryRows } from '../../state/useQueryRows';
import { monthLabel } from '../format';
import { sharingRule } from '../shared/sharing-rule';
import type { ShownBreakdown } from './breakdown-lines';
import { BreakdownPanel } from './BreakdownPanel';
import { FilterChips } from './FilterChips';
import { MonthlyCharts } from './MonthlyCharts';
import { MonthlyTable } from './MonthlyTable';
import { MonthShareControls } from './MonthShareControls';
import { MonthSummary } from './MonthSummary';
import { SyntheticBadge } from '../shared/SyntheticBadge';

type DatesState = ReturnType<typeof useQueryRows>;

// The dataset's first and last dates; null until known, or when no record has a date.
function datesOf(state: DatesState): EventDates | null {
  if (state.status !== 'done') return null;
  const [row] = state.rows;
  if (!row?.first_date || !row.last_date) return null;
  return { firstDate: String(row.first_date), lastDate: String(row.last_date) };
}

const capitalised = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

interface Props {
  readonly runner: QueryRunner;
  readonly source: EventSource;
  readonly settings: Pick<
    WorkspaceSettings,
    'suppression' | 'suppressOnScreen' | 'metricOptions' | 'programs'
  >;
}

/** The chief's month: trend, the reviewed month against its comparisons, breakdowns. */
export function MonthView({ runner, source, settings }: Props) {
  const [filters, setFilters] = useState<readonly BreakdownFilter[]>([]);
  const [breakdown, setBreakdown] = useState<ShownBreakdown | null>(null);
  const sharing = sharingRule(settings);
  // A program chosen as a filter brings its own measure options over the workspace's.
  const program = filters.find((filter) => filter.column === 'program')?.value ?? '';
  const optionValues = metricOptionValues(settings, program);
  const [chosenMonth, setChosenMonth] = useState<string | null>(null);
  const last = useQueryRows(runner, eventDatesQuery(source));
  const dates = datesOf(last);
  const monthly = useQueryRows(
    runner,
    dates ? monthlyEventsQuery(source, filters, dates, optionValues) : null,
  );

  const months = useMemo<MonthCounts[]>(
    () =>
      monthly.status === 'done'
        ? monthCountsOf(source, monthly.rows.map(toMetricRow))
        : [],
    [monthly, source],
  );
  if (monthly.status === 'failed') throw monthly.error;
  if (last.status === 'failed') throw last.error;
  if (last.status === 'done' && !dates) {
    return <p>No rows of this source have a readable date.</p>;
  }
  if (monthly.status === 'loading' || last.status === 'loading' || !dates) {
    return <p role="status">Computing monthly figures…</p>;
  }
  if (months.length === 0) return <p>No rows of this source have a readable date.</p>;

  const { firstDate, lastDate } = dates;
  const latest = latestCompleteMonth(months, lastDate);
  const month = chosenMonth ?? latest ?? months.at(-1)!.month;
  const coverage = monthCoverage(month, firstDate, lastDate);
  const addFilter = (filter: BreakdownFilter) =>
    setFilters((previous) => [
      ...previous.filter((f) => f.label !== filter.label),
      filter,
    ]);

  return (
    <section className="month-view" aria-label="Month view">
      <header className="view-header">
        <h2>
          {source.label}
          <SyntheticBadge synthetic={source.synthetic} />
        </h2>
        <p>
          {source.outcomeLabel === null ? (
            <>{capitalised(source.eventNoun)} per month. </>
          ) : (
            <>
              Outcome: <strong>{source.outcomeLabel}</strong>, as a share of{' '}
              {source.eventNoun}.{' '}
            </>
          )}
          Data runs from {firstDate} to {lastDate}; the latest complete month is{' '}
          {latest ? monthLabel(latest) : 'not yet available'}.
        </p>
        <FilterChips
          filters={filters}
          onRemove={(label) =>
            setFilters((previous) => previous.filter((filter) => filter.label !== label))
          }
        />
        <label>
          Month under review{' '}
          <select
            name="month"
            value={month}
            onChange={(event) => setChosenMonth(event.target.value)}
          >
            {[...months].reverse().map(({ month: value }) => (
              <option key={value} value={value}>
                {monthLabel(value)}
                {value === latest ? ' (latest complete)' : ''}
              </option>
            ))}
          </select>
        </label>
        <MonthShareControls
          {...{ source, months, month, coverage, breakdown, filters, sharing }}
        />
      </header>
      <ErrorBoundary area="Month summary">
        <MonthSummary {...{ months, month, source, coverage, sharing }} />
      </ErrorBoundary>
      <ErrorBoundary area="Monthly charts">
        <MonthlyCharts months={months} source={source} sharing={sharing} />
      </ErrorBoundary>
      {source.breakdowns.length > 0 && (
        <ErrorBoundary area="Breakdown table">
          <BreakdownPanel
            coverage={coverage}
            runner={runner}
            source={source}
            month={month}
            filters={filters}
            onChoose={addFilter}
            sharing={sharing}
            optionValues={optionValues}
            onShown={setBreakdown}
          />
        </ErrorBoundary>
      )}
      <ErrorBoundary area="Monthly figures">
        <MonthlyTable months={months} source={source} sharing={sharing} />
      </ErrorBoundary>
    </section>
  );
}
