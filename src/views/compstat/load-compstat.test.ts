import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../../engine/node-runner';
import type { QueryRunner } from '../../engine/query-runner';
import { metricById } from '../../metrics/registry';
import { createCanonicalTables, loadFixture } from '../../metrics/testing/fixture-tables';
import {
  metricOptionValues,
  type WorkspaceSettings,
} from '../../model/workspace-settings';
import type { WorkspaceExtent } from '../shared/workspace-extent';
import { FAMILY_SECTIONS, lineOf } from './compstat-metrics';
import { breakdownRows } from './breakdown-rows';
import {
  calendarYearWindow,
  loadCompStat,
  requestOptions,
  type CompStatQuery,
} from './load-compstat';

// Juvenile counts and rates are worked out by hand in tests/fixtures/metrics-b/README.md:
// 60 juvenile arrests in 2022 and 20 in 2023 from age 10; 65 and 21 from age 8; youth
// population 30,000 (2022, sum of areas) and 32,000 (2023, jurisdiction row).
const settings: WorkspaceSettings = {
  programs: [
    {
      name: 'Diversion',
      kind: 'juvenile_diversion',
      pilotAreas: [],
      comparisonAreas: [],
      targets: {},
      fiscalYearStartMonth: 1,
      metricOptions: { juvenileMinimumAge: 8 },
    },
  ],
  timeZone: 'America/Chicago',
  fiscalYearStartMonth: 1,
  suppression: 'under5',
  suppressOnScreen: false,
  metricOptions: { juvenileMinimumAge: 12, policeTargetMinutes: 20 },
};

const span = { firstDate: '2021-01-01', lastDate: '2023-12-31' };
const extent: WorkspaceExtent = {
  datasets: [
    {
      dataset: 'arrests',
      records: 99,
      ...span,
      presentFields: ['occurred_on', 'age', 'birth_date', 'age_max'],
    },
  ],
  areas: ['North', 'South'],
  lastDataDate: '2023-12-31',
  reference: [
    { dataset: 'population', records: 8, ...span, presentFields: ['population'] },
  ],
};

const query = (program: string): CompStatQuery => ({
  kind: 'year_to_date',
  asOf: '2023-12-31',
  filters: [],
  followUpMonths: 12,
  metricOptions: metricOptionValues(settings, program),
});

describe('options reaching the CompStat requests', () => {
  it('passes a metric only the options it reads', () => {
    const ask = (id: string) => requestOptions(metricById(id)!, query(''));
    expect(ask('juvenile_arrests')).toEqual({ juvenileMinimumAge: 12 });
    expect(ask('responses_within_target_pct')).toEqual({ policeTargetMinutes: 20 });
    expect(ask('contacts')).toEqual({});
    expect(ask('recidivism_returned')).toEqual({
      followUpMonths: 12,
      dataThrough: '2023-12-31',
    });
  });

  it('lets the filtered program’s value win over the workspace’s', () => {
    expect(metricOptionValues(settings, 'Diversion')).toEqual({
      juvenileMinimumAge: 8,
      policeTargetMinutes: 20,
    });
  });

  describe('against the juvenile fixtures', () => {
    let runner: QueryRunner;
    beforeAll(async () => {
      runner = await startNodeRunner();
      await createCanonicalTables(runner);
      await loadFixture(runner, 'arrests', '../metrics-b/juvenile-arrests.csv');
      await loadFixture(runner, 'population', '../metrics-b/youth-population.csv');
    });

    const lines = ['juvenile_arrests', 'juvenile_arrest_rate'].map((id) =>
      lineOf(metricById(id)!),
    );
    const figures = async (program: string) =>
      (await loadCompStat(runner, settings, extent, query(program), lines)).map(
        ({ row }) => [row.current?.numerator, row.prior?.numerator, row.current?.value],
      );

    it('counts from the program’s lower age of 8: 21 in 2023 against 65 in 2022', async () => {
      const [count] = await figures('Diversion');
      expect(count).toEqual([21, 65, 21]);
    });

    it('compares whole calendar years of the yearly rate: 62.5 against 200', async () => {
      const withTen = { ...settings, metricOptions: { juvenileMinimumAge: 10 } };
      const loaded = await loadCompStat(
        runner,
        withTen,
        extent,
        {
          ...query(''),
          metricOptions: { juvenileMinimumAge: 10 },
        },
        lines,
      );
      const rate = loaded[1]!;
      expect(rate.window).toEqual(calendarYearWindow('2023-12-31'));
      expect(rate.row.current?.value).toBeCloseTo(62.5, 10);
      expect(rate.row.prior?.value).toBeCloseTo(200, 10);
      expect(loaded[0]!.row.current?.numerator).toBe(20);
      expect(loaded[0]!.row.prior?.numerator).toBe(60);
    });
  });
});

describe('the CompStat windows and families', () => {
  it('takes the last whole calendar year on or before the as-of date', () => {
    expect(calendarYearWindow('2025-06-30')).toEqual({
      current: { from: '2024-01-01', to: '2024-12-31' },
      prior: { from: '2023-01-01', to: '2023-12-31' },
    });
    expect(calendarYearWindow('2025-12-31').current.from).toBe('2025-01-01');
  });

  it('offers every registry metric once, the key lines first', async () => {
    const { COMPSTAT_LINES } = await import('./compstat-metrics');
    const { METRICS } = await import('../../metrics/registry');
    const offered = [
      ...COMPSTAT_LINES.map((l) => l.metricId),
      ...FAMILY_SECTIONS.flatMap((s) => s.lines.map((l) => l.metricId)),
    ];
    expect([...offered].sort()).toEqual(METRICS.map((m) => m.id).sort());
    expect(new Set(offered).size).toBe(offered.length);
  });
});

describe('a line broken down by a column', () => {
  const row = (group: string | null, numerator: number) => ({
    periodStart: '2025-01-01',
    group,
    numerator,
    denominator: null,
    value: numerator,
  });
  const placements = metricById('placements')!;

  it('hides a small group and the next smallest, so the total cannot give it back', () => {
    const rows = breakdownRows(
      placements,
      [row('permanent', 40), row('temporary', 30), row('other', 3)],
      [row('permanent', 35), row('temporary', 28), row('other', 12)],
      'under5',
    );
    expect(rows.map((r) => r.label)).toEqual(['permanent', 'temporary', 'other']);
    const hidden = rows.map((r) => [
      r.suppressedEvents.current,
      r.suppressedEvents.prior,
    ]);
    // other: 3 is primary; its row then hides 12, and the current column hides 30, the
    // smallest figure left; temporary's row then hides 28 as well.
    expect(hidden).toEqual([
      [false, false],
      [true, true],
      [true, true],
    ]);
    expect(rows[0]!.countDifference).toBe(5);
  });

  it('names a group with no value as not recorded', () => {
    const rows = breakdownRows(placements, [row(null, 7)], [row(null, 9)], 'under5');
    expect(rows[0]!.label).toBe('not recorded');
    expect(rows[0]!.suppressDerived).toBe(false);
  });
});
