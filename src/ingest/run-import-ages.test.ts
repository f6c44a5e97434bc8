/**
 * An arrests export with an exact age, an age band and a date of birth side by side,
 * imported through its suggested mapping: every column keeps its field, and each
 * record's juvenile status comes from whichever it has, an exact age first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { buildJuvenileArrestCountQuery } from '../metrics/definitions/juvenile-arrests';
import { sql } from '../model/sql';
import { draftMapping } from './draft-mapping';
import { runImport, type ImportResult } from './run-import';
import { importRequest } from './run-import-test-helpers';
import { analyse, draftTargets } from './suggest-test-helpers';

// Worked by hand: juvenile is under 18 on the arrest day and at least 10. The age
// comes from Age, else from DOB on the arrest date, else from the band's upper end.
//   03-01 age 16                      → juvenile
//   03-02 age 19 beside band 1 - 17   → no, the exact age wins
//   03-03 band 1 - 17                 → juvenile
//   03-04 band 18 - 25                → no
//   03-05 born 2010-03-05: 14         → juvenile
//   03-06 born 2006-03-06: 18 today   → no
//   03-07 band 1 - 17, born 2000: 24  → no, the date of birth gives an exact age
//   03-08 age 15 beside band 18 - 25  → juvenile, the exact age wins
//   03-09 nothing known               → no
//   03-10 age 9                       → no, below 10
//   03-11 band 0 - 9                  → no, wholly below 10
//   03-12 age 17, born 2000           → juvenile, the age wins
// Juvenile arrests in 2024: 03-01, 03-03, 03-05, 03-08, 03-12 = 5 of 12.
const CSV = `Arrest Date,Age,Age Group,DOB,Charge
2024-03-01,16,,,Theft
2024-03-02,19,1 - 17,,Theft
2024-03-03,,1 - 17,,Theft
2024-03-04,,18 - 25,,Theft
2024-03-05,,,2010-03-05,Theft
2024-03-06,,,2006-03-06,Theft
2024-03-07,,1 - 17,2000-01-01,Theft
2024-03-08,15,18 - 25,,Theft
2024-03-09,,,,Theft
2024-03-10,9,,,Theft
2024-03-11,,0 - 9,,Theft
2024-03-12,17,,2000-01-01,Theft
`;
const CSV_COLUMNS = ['Arrest Date', 'Age', 'Age Group', 'DOB', 'Charge'];

describe('importing an exact age, an age band and a date of birth together', () => {
  let runner: QueryRunner;
  let result: ImportResult;
  let targets: Record<string, string | undefined>;
  beforeAll(async () => {
    runner = await startNodeRunner();
    const mapping = draftMapping(await analyse(CSV), 'UTC');
    targets = { dataset: mapping.dataset, ...draftTargets(mapping, CSV_COLUMNS) };
    result = await runImport(runner, importRequest(CSV, mapping));
  });

  it('suggests each column as its own field of an arrests dataset', () => {
    expect(targets).toEqual({
      dataset: 'arrests',
      'Arrest Date': 'occurred_on',
      Age: 'age',
      'Age Group': 'age_band',
      DOB: 'birth_date',
      Charge: 'charge',
    });
  });

  it('loads all 12 arrests with every value read', () => {
    expect(result.report.merge?.new).toBe(12);
    expect(result.report.unfitValues.count).toBe(0);
  });

  it('counts 5 juvenile arrests in 2024', async () => {
    const request = { grain: 'year', filters: [], fiscalYearStartMonth: 1 } as const;
    const rows = await runner.rows(buildJuvenileArrestCountQuery(request));
    expect(rows.map((r) => [r.period_start, r.numerator])).toEqual([['2024-01-01', 5]]);
  });

  it('stores the exact age as the band where both are given, else the band', async () => {
    const rows = await runner.rows(
      sql(`SELECT day(occurred_on) AS day, age, age_min, age_max FROM arrests
        WHERE day(occurred_on) IN (2, 3, 8, 9) ORDER BY day`),
    );
    expect(rows).toEqual([
      { day: 2, age: 19, age_min: 19, age_max: 19 },
      { day: 3, age: null, age_min: 1, age_max: 17 },
      { day: 8, age: 15, age_min: 15, age_max: 15 },
      { day: 9, age: null, age_min: null, age_max: null },
    ]);
  });
});
