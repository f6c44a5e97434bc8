import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { sql } from '../model/sql';
import {
  ageSQL,
  codeSQL,
  flagSQL,
  integerSQL,
  isMissingSQL,
  keySQL,
  numberSQL,
  splitValuesSQL,
  unfitValueSQL,
} from './values';

let runner: QueryRunner;
beforeAll(async () => {
  runner = await startNodeRunner();
});

/** Runs an expression over `v` bound to each raw value and returns the results. */
async function evaluate(
  expression: (column: string) => string,
  values: (string | null)[],
) {
  const rows = await Promise.all(
    values.map((value) =>
      runner.rows(
        sql(`SELECT ${expression('v')} AS out FROM (SELECT ?::VARCHAR AS v)`, [value]),
      ),
    ),
  );
  return rows.map(([row]) => row?.out);
}

describe('value SQL builders in DuckDB', () => {
  it.each([
    [
      'missing markers',
      (c: string) => isMissingSQL(c),
      [null, '', '  ', 'NULL', 'null', '-', 'NA', 'N/A', '0', '1 - 17'],
      [true, true, true, true, true, true, true, true, false, false],
    ],
    [
      'flags',
      (c: string) => flagSQL(c),
      ['Y', 'yes', 'TRUE', 't', '1', '-1', 'N', 'No', 'false', 'F', '0', 'maybe', '-'],
      [true, true, true, true, true, true, false, false, false, false, false, null, null],
    ],
    [
      'mapped flags',
      (c: string) => flagSQL(c, { trueValues: ['Arrested'], falseValues: ['Released'] }),
      ['arrested', 'Released', 'Y'],
      [true, false, null],
    ],
    [
      'numbers',
      (c: string) => numberSQL(c),
      [
        '1,234',
        '2,500,000.50',
        '100.0%',
        '31.8%',
        '2e3',
        '$1,200',
        '-7',
        '1,2',
        '99.5+',
        'NA',
      ],
      [1234, 2500000.5, 1, 0.318, 2000, 1200, -7, null, null, null],
    ],
    [
      'decimal-comma numbers',
      (c: string) => numberSQL(c, { decimalMark: ',', percent: 'points' }),
      ['1.234,5', '€ 980', '45%'],
      [1234.5, 980, 45],
    ],
    [
      'integers',
      (c: string) => integerSQL(c),
      ['2e3', '2001', '12,001', '1.5', 'x'],
      [2000, 2001, 12001, null, null],
    ],
    [
      'codes',
      (c: string) => codeSQL(c),
      ['02124', ' 04X ', '1-10-2', '20150000103696', 'NULL'],
      ['02124', '04X', '1-10-2', '20150000103696', null],
    ],
    [
      'keys, trimmed of every kind of space, including those DuckDB trim() keeps',
      (c: string) => keySQL(c),
      [
        'PD-20195552\u00a0',
        '\u00a0PD-1 ',
        'PD-2\t',
        '\ufeffPD-3\u200b',
        '\u00a0',
        'a\u00a0b',
        'N/A',
      ],
      ['PD-20195552', 'PD-1', 'PD-2', 'PD-3', null, 'a\u00a0b', null],
    ],
    [
      'age band lows',
      (c: string) => ageSQL(c).ageMin,
      ['24', '1 - 17', '25-34', '56 and Above', '65+', 'Under 16'],
      [24, 1, 25, 56, 65, null],
    ],
    [
      'age band highs',
      (c: string) => ageSQL(c).ageMax,
      ['24', '1 - 17', '25-34', '56 and Above', 'Under 16'],
      [24, 17, 34, null, 15],
    ],
    [
      'unfit ages',
      (c: string) => ageSQL(c, { Juvenile: { min: null, max: 17 } }).unfit,
      ['24', 'Juvenile', 'Unknown', '-'],
      [false, false, true, false],
    ],
    [
      'unfit numbers',
      (c: string) => unfitValueSQL(c, numberSQL(c)),
      ['99.5+', 'NA', '12'],
      [true, false, false],
    ],
    [
      'packed values',
      (c: string) => splitValuesSQL(c, ','),
      ['18,19,21,', 'Yes, No', '-'],
      [['18', '19', '21'], ['Yes', 'No'], null],
    ],
  ])('reads %s', async (_name, expression, values, expected) => {
    expect(await evaluate(expression, values)).toEqual(expected);
  });
});

describe('value SQL text', () => {
  it('quotes mapped values so a quote in them stays data', async () => {
    const hostile = "Y'); DROP TABLE raw; --";
    const text = flagSQL('v', { trueValues: [hostile], falseValues: ['N'] });
    expect(text).toContain("'Y''); DROP TABLE RAW; --'");
    expect(await evaluate(() => text, [hostile])).toEqual([true]);
  });

  it('quotes an age word with a quote in it', async () => {
    const ages = ageSQL('v', { "O'Brien's band": { min: 10, max: 17 } });
    expect(await evaluate(() => ages.ageMax, ["o'brien's band"])).toEqual([17]);
  });

  it('builds the flag expression from the column expression it is given', () => {
    expect(flagSQL('"Arrest Flag"', { trueValues: ['y'], falseValues: ['n'] })).toBe(
      `(CASE WHEN upper(trim("Arrest Flag")) IN ('Y') THEN TRUE ` +
        `WHEN upper(trim("Arrest Flag")) IN ('N') THEN FALSE END)`,
    );
  });

  it('refuses a flag mapping without a yes or a no', () => {
    expect(() => flagSQL('v', { trueValues: [], falseValues: ['N'] })).toThrow();
  });
});
