import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { workFile } from '../model/work-files';
import { createTableStatements } from '../model/create-tables';
import type { BreakdownFilter, EventSource } from '../model/event-source';
import { datasetCountSource, datasetEventSources } from './event-sources';
import {
  eventDatesQuery,
  monthBreakdownQuery,
  monthBreakdownRows,
  monthCountsOf,
  monthlyEventsQuery,
  type EventDates,
} from './month-view';
import { toMetricRow } from './run-metric';

// Hand-counted fixture: January has 3 contacts (one on the 31st), February none,
// March 2 (one on the 31st), and March of the year before 1. Force = Y.
const FIXTURE = [
  'Date,Precinct,Force',
  '2024-01-01,North,Y',
  '2024-01-15,South,N',
  '2024-01-31,North,Y',
  '2024-03-01,North,N',
  '2024-03-31,South,Y',
  '2023-03-10,South,N',
].join('\n');

let runner: QueryRunner;
let source: EventSource;
const dates: EventDates = { firstDate: '2023-03-10', lastDate: '2024-03-31' };
const PRECINCT = { label: 'Precinct', column: 'extra', extraKey: 'Precinct' } as const;
const north: BreakdownFilter = { ...PRECINCT, value: 'North' };

async function monthly(filters: readonly BreakdownFilter[]) {
  const rows = await runner.rows(monthlyEventsQuery(source, filters, dates));
  return monthCountsOf(source, rows.map(toMetricRow));
}

beforeAll(async () => {
  runner = await startNodeRunner();
  await runner.registerFile(workFile('fixture.csv'), new TextEncoder().encode(FIXTURE));
  // The export as an import maps it: Force to use_of_force, Precinct kept as an extra.
  await runner.execute(`${createTableStatements('contacts')};
    INSERT INTO contacts (record_key, occurred_on, use_of_force, extra)
    SELECT 'c' || row_number() OVER (), "Date", "Force" = 'Y', MAP {'Precinct': "Precinct"}
    FROM read_csv('${workFile('fixture.csv')}', header = true, auto_detect = false,
       columns = {'Date': 'DATE', 'Precinct': 'VARCHAR', 'Force': 'VARCHAR'})`);
  [source] = datasetEventSources('contacts', ['Precinct'], false, [
    'occurred_on',
    'use_of_force',
  ]) as [EventSource];
});

describe('monthly events', () => {
  it('counts a contact on the last day of the month in that month', async () => {
    const rows = await monthly([]);
    const january = rows.find((row) => row.month === '2024-01-01');
    expect(january).toEqual({ month: '2024-01-01', events: 3, outcomes: 2 });
  });

  it('shows a month with no events as zero on a continuous axis', async () => {
    const rows = await monthly([]);
    expect(rows.map((row) => row.month)).toHaveLength(13);
    expect(rows.find((row) => row.month === '2024-02-01')).toEqual({
      month: '2024-02-01',
      events: 0,
      outcomes: 0,
    });
  });

  it('applies a breakdown filter to the counts but keeps the axis', async () => {
    const rows = await monthly([north]);
    expect(rows).toHaveLength(13);
    const march = rows.find((row) => row.month === '2024-03-01');
    expect(march).toEqual({ month: '2024-03-01', events: 1, outcomes: 0 });
  });

  it('finds the first and last event dates', async () => {
    expect(await runner.rows(eventDatesQuery(source))).toEqual([
      { first_date: '2023-03-10', last_date: '2024-03-31' },
    ]);
  });
});

describe('month breakdown', () => {
  it('reads the figures from the registry share of all contacts with force', () => {
    expect(source.outcomeMetric).toBe('contacts_with_force_pct');
  });

  it('compares each precinct with the month before and the same month last year', async () => {
    const query = monthBreakdownQuery(source, PRECINCT, '2024-03-01', []);
    const metricRows = (await runner.rows(query)).map(toMetricRow);
    const rows = monthBreakdownRows(source, metricRows, '2024-03-01');
    expect(rows).toEqual([
      {
        grp: 'North',
        current_events: 1,
        current_outcomes: 0,
        prior_events: 0,
        prior_outcomes: 0,
        last_year_events: 0,
        last_year_outcomes: 0,
      },
      {
        grp: 'South',
        current_events: 1,
        current_outcomes: 1,
        prior_events: 0,
        prior_outcomes: 0,
        last_year_events: 1,
        last_year_outcomes: 0,
      },
    ]);
  });
});

describe('month figures from metric rows', () => {
  const row = (
    periodStart: string,
    group: string | null,
    n: number,
    d: number | null,
  ) => ({
    periodStart,
    group,
    numerator: n,
    denominator: d,
    value: null,
  });

  it('reads an events-only source from the count metric', () => {
    const counted = datasetCountSource('force_incidents', [], false)!;
    expect(monthCountsOf(counted, [row('2021-01-01', null, 7, null)])).toEqual([
      { month: '2021-01-01', events: 7, outcomes: 0 },
    ]);
  });

  it('calls the group of records without a value (missing), as the review always has', () => {
    const rows = [row('2024-03-01', '(not recorded)', 1, 4)];
    expect(monthBreakdownRows(source, rows, '2024-03-01')).toEqual([
      {
        grp: '(missing)',
        current_events: 4,
        current_outcomes: 1,
        prior_events: 0,
        prior_outcomes: 0,
        last_year_events: 0,
        last_year_outcomes: 0,
      },
    ]);
  });
});
