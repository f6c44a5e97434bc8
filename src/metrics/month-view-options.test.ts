import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import type { EventSource } from '../model/event-source';
import { datasetEventSources } from './event-sources';
import {
  monthBreakdownQuery,
  monthCountsOf,
  monthlyEventsQuery,
  sourceMetric,
} from './month-view';
import { optionsRead } from './options';
import { toMetricRow } from './run-metric';
import { createCanonicalTables, loadFixture } from './testing/fixture-tables';

// tests/fixtures/metrics/month-outcomes/arrests.csv, worked by hand in the fixtures'
// README: January 2024 has 6 arrests, 3 of people aged 10 to 17 (ages 16, 14 from the
// date of birth, and a band up to 17) and a fourth, aged 9, counted only from age 0.
// Its 3 thefts are of people aged 16, 13 (born 2010-01-07) and 9.
const dates = { firstDate: '2024-01-05', lastDate: '2024-01-31' };
let runner: QueryRunner;
let juvenile: EventSource;

beforeAll(async () => {
  runner = await startNodeRunner();
  await createCanonicalTables(runner);
  await loadFixture(runner, 'arrests', 'month-outcomes/arrests.csv');
  const sources = datasetEventSources('arrests', [], false, [
    'occurred_on',
    'age',
    'birth_date',
    'age_max',
  ]);
  juvenile = sources.find((source) => source.outcomeMetric === 'juvenile_arrests_pct')!;
});

async function january(options?: Readonly<Record<string, number>>) {
  const rows = await runner.rows(monthlyEventsQuery(juvenile, [], dates, options));
  return monthCountsOf(juvenile, rows.map(toMetricRow))[0];
}

describe('measure options in the month review', () => {
  it('counts juveniles from age 10 when no option is set', async () => {
    expect(await january()).toEqual({ month: '2024-01-01', events: 6, outcomes: 3 });
  });

  it('follows the workspace or program juvenile lower age', async () => {
    const options = { juvenileMinimumAge: 0 };
    expect(await january(options)).toEqual({
      month: '2024-01-01',
      events: 6,
      outcomes: 4,
    });
  });

  it('keeps only the options a metric reads', () => {
    const options = { juvenileMinimumAge: 0, targetMinutes: 45 };
    expect(optionsRead(sourceMetric(juvenile), options)).toEqual({
      juvenileMinimumAge: 0,
    });
  });

  it('breaks the month down under the same lower age', async () => {
    const options = { juvenileMinimumAge: 0, targetMinutes: 45 };
    const query = monthBreakdownQuery(
      juvenile,
      { label: 'Charge', column: 'charge' },
      '2024-01-01',
      [],
      options,
    );
    const rows = (await runner.rows(query)).map(toMetricRow);
    const theft = rows.filter(
      (row) => row.group === 'Theft' && row.periodStart === '2024-01-01',
    );
    expect(theft.map((row) => [row.numerator, row.denominator])).toEqual([[3, 3]]);
  });
});
