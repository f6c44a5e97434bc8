/**
 * Every file of tests/fixtures/bad-inputs, loaded through DuckDB with the generated
 * SQL and checked against the behaviour its README requires.
 */
import { describe, expect, it } from 'vitest';
import { quoteIdentifier as q } from '../model/sql';
import {
  dateSQL,
  inferDateFormats,
  offsetSpans,
  timeOfDaySQL,
  timestampSQL,
} from './date-formats';
import { decodeSample, detectEncoding, toUTF8 } from './decode';
import { badInput, loadRawCSV } from './test-helpers';
import {
  ageSQL,
  codeSQL,
  flagSQL,
  integerSQL,
  isJuvenileSQL,
  isMissingSQL,
  numberSQL,
  unfitValueSQL,
} from './values';

const column = async (file: string, name: string) => {
  const { select } = await loadRawCSV(badInput(file));
  return (await select(`SELECT ${q(name)} AS v FROM raw`)).map((row) => String(row.v));
};

interface Case {
  readonly file: string;
  readonly behaviour: string;
  readonly check: () => Promise<void>;
}

const cases: Case[] = [
  {
    file: '01-bom-header.csv',
    behaviour:
      'names the first column without the BOM and reads flags without a carriage return',
    check: async () => {
      const { dialect, select } = await loadRawCSV(badInput('01-bom-header.csv'));
      expect(dialect.columnNames[0]).toBe('Template ID');
      const rows = await select(
        `SELECT ${flagSQL(q('Use of Force Indicator'))} AS force, ${q('Precinct')} AS area FROM raw`,
      );
      expect(rows).toEqual([
        { force: false, area: 'East' },
        { force: true, area: 'West' },
        { force: false, area: 'North' },
      ]);
    },
  },
  {
    file: '03-ambiguous-ddmm.csv',
    behaviour:
      'flags day/month order as ambiguous and reads 03/04/2023 as 4 March when US',
    check: async () => {
      const inference = inferDateFormats(
        await column('03-ambiguous-ddmm.csv', 'incident_date'),
      );
      expect(inference.ambiguous).toBe(true);
      expect(inference.formats.map((f) => f.id)).toEqual(['month-day-year']);
      expect(inference.alternatives.map((f) => f.id)).toEqual(['day-month-year']);

      const { select } = await loadRawCSV(badInput('03-ambiguous-ddmm.csv'));
      const chosen = inferDateFormats(['03/04/2023'], 'month-first').formats;
      const rows = await select(
        `SELECT ${dateSQL(q('incident_date'), chosen)} AS d FROM raw`,
      );
      expect(rows[0]).toEqual({ d: '2023-03-04' });
      const dayFirst = inferDateFormats(['03/04/2023'], 'day-first').formats;
      const uk = await select(
        `SELECT ${dateSQL(q('incident_date'), dayFirst)} AS d FROM raw`,
      );
      expect(uk[0]).toEqual({ d: '2023-04-03' });
    },
  },
];

describe('bad inputs', () => {
  it.each(cases.map((c) => [c.file, c.behaviour, c] as const))(
    '%s %s',
    async (_f, _b, c) => {
      await c.check();
    },
  );
});
