import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../../engine/node-runner';
import type { QueryRunner } from '../../engine/query-runner';
import { workFile } from '../../model/work-files';
import { quoteLiteral, sql } from '../../model/sql';
import type { MetricRequest } from '../metric';
import { NOT_RECORDED_GROUP } from '../column-refs';
import { createCanonicalTables } from '../testing/fixture-tables';
import { buildReturnedQuery } from './recidivism';

// Iowa Department of Corrections, 3-year recidivism of releases FY2010–2015 (see
// tests/fixtures/real-data/README.md). Expected figures are counted here from the CSV
// in plain JavaScript, independently of the metric's SQL.
const CSV_PATH = new URL(
  '../../../tests/fixtures/real-data/iowa-recidivism-releases-fy2010-2015.csv',
  import.meta.url,
);
const FILE = workFile('iowa-releases.csv');

type IowaRow = Record<string, string>;

// The mapping an analyst would make: fiscal year, release type with its en dash
// (U+2013) spelt as a hyphen, Yes/No to a flag, days, and Iowa's fixed 3-year follow-up.
const MAP_IOWA = `
  INSERT INTO releases BY NAME
  SELECT
    'iowa-' || CAST(row_number() OVER () AS VARCHAR) AS record_key,
    CAST("Fiscal Year Released" AS INTEGER) AS release_fiscal_year,
    nullif(trim(replace("Release Type", chr(8211), '-')), '') AS release_type,
    CASE "Return to Prison" WHEN 'Yes' THEN TRUE WHEN 'No' THEN FALSE END AS returned,
    CAST("Days to Return" AS INTEGER) AS days_to_return,
    CASE "Recidivism Type" WHEN 'No Recidivism' THEN NULL ELSE "Recidivism Type" END
      AS return_type,
    36 AS follow_up_months,
    "Main Supervising District" AS area
  FROM read_csv(${quoteLiteral(FILE)}, header = true, all_varchar = true)`;

async function loadIowa(runner: QueryRunner, bytes: Uint8Array): Promise<void> {
  await createCanonicalTables(runner);
  await runner.registerFile(FILE, bytes);
  await runner.execute(MAP_IOWA);
}

const normalisedType = (row: IowaRow) =>
  (row['Release Type'] ?? '').replaceAll('\u2013', '-').trim() || NOT_RECORDED_GROUP;

// Releases and returns within `days`, keyed by fiscal year (or by another key).
function countReturns(
  rows: readonly IowaRow[],
  days: number,
  key: (row: IowaRow) => string,
) {
  const counts = new Map<string, { released: number; returned: number }>();
  for (const row of rows) {
    const entry = counts.get(key(row)) ?? { released: 0, returned: 0 };
    entry.released += 1;
    const returned = row['Return to Prison'] === 'Yes';
    if (returned && Number(row['Days to Return']) <= days) entry.returned += 1;
    counts.set(key(row), entry);
  }
  return counts;
}

const fiscal = (options: MetricRequest['options']): MetricRequest => ({
  grain: 'fiscal_year',
  filters: [],
  fiscalYearStartMonth: 7,
  options,
});

describe('recidivism on the Iowa release file', () => {
  let runner: QueryRunner;
  let csvRows: IowaRow[];

  beforeAll(async () => {
    const bytes = readFileSync(CSV_PATH);
    csvRows = Papa.parse<IowaRow>(bytes.toString('utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    runner = await startNodeRunner();
    await loadIowa(runner, bytes);
  });

  it('loads every release', async () => {
    const [loaded] = await runner.rows(sql('SELECT count(*) AS n FROM releases'));
    expect(loaded?.n).toBe(csvRows.length);
    expect(csvRows).toHaveLength(26020);
  });

  // A mapping written against PapaParse's header names would miss this column in SQL.
  it('sees the `Age At Release ` header trimmed in DuckDB but untrimmed in PapaParse', async () => {
    const columns = await runner.rows(
      sql(
        'SELECT column_name FROM (DESCRIBE SELECT * FROM read_csv(?, all_varchar = true))',
        [FILE],
      ),
    );
    expect(columns.map((column) => column.column_name)).toContain('Age At Release');
    expect(Object.keys(csvRows[0] ?? {})).toContain('Age At Release ');
  });

  it('matches an independent count of 3-year returns per release fiscal year', async () => {
    const expected = countReturns(
      csvRows,
      1095,
      (row) => row['Fiscal Year Released'] ?? '',
    );
    const rows = await runner.rows(buildReturnedQuery(fiscal({ followUpMonths: 36 })));

    expect(rows).toHaveLength(6);
    for (const row of rows) {
      const fiscalYear = Number(String(row.period_start).slice(0, 4)) + 1;
      const counted = expected.get(String(fiscalYear));
      expect(row.period_start).toBe(`${fiscalYear - 1}-07-01`);
      expect([row.numerator, row.denominator]).toEqual([
        counted?.returned,
        counted?.released,
      ]);
      expect(row.value).toBeCloseTo(
        (100 * (counted?.returned ?? 0)) / (counted?.released ?? 1),
        9,
      );
    }
  });

  it('matches an independent count of 1-year returns (365 days) per fiscal year', async () => {
    const expected = countReturns(
      csvRows,
      365,
      (row) => row['Fiscal Year Released'] ?? '',
    );
    const rows = await runner.rows(buildReturnedQuery(fiscal({ followUpMonths: 12 })));
    const byYear = rows.map((row) => [row.period_start, row.numerator, row.denominator]);
    const counted = [...expected.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([year, count]) => [
        `${Number(year) - 1}-07-01`,
        count.returned,
        count.released,
      ]);
    expect(byYear).toEqual(counted);
  });

  it('merges en-dash and hyphen spellings of a release type', async () => {
    const request = {
      ...fiscal({ followUpMonths: 36 }),
      breakdown: { column: 'release_type' },
    };
    const rows = await runner.rows(buildReturnedQuery(request));
    const expected = countReturns(csvRows, 1095, (row) =>
      JSON.stringify([row['Fiscal Year Released'], normalisedType(row)]),
    );

    expect(rows.some((row) => String(row.grp).includes('\u2013'))).toBe(false);
    expect(rows).toHaveLength(expected.size);
    for (const row of rows) {
      const fiscalYear = String(Number(String(row.period_start).slice(0, 4)) + 1);
      const counted = expected.get(JSON.stringify([fiscalYear, row.grp]));
      expect([row.numerator, row.denominator]).toEqual([
        counted?.returned,
        counted?.released,
      ]);
    }
  });

  it('withholds FY2015 when the data runs only to 2017-06-30', async () => {
    const rows = await runner.rows(
      buildReturnedQuery(fiscal({ followUpMonths: 36, dataThrough: '2017-06-30' })),
    );
    expect(rows.map((row) => row.period_start)).toEqual([
      '2009-07-01',
      '2010-07-01',
      '2011-07-01',
      '2012-07-01',
      '2013-07-01',
    ]);
  });
});
