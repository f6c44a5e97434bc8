import { describe, expect, it } from 'vitest';
import { followUpFromReportingYear, followUpReason } from './draft-mapping-releases';
import type { ColumnMapping } from './import-mapping';

const field = (column: string, name: string): ColumnMapping => ({
  column,
  target: { kind: 'field', field: name },
});
const extra = (column: string): ColumnMapping => ({ column, target: { kind: 'extra' } });

/** The inference over columns and their sampled values, given column by column. */
function infer(columns: readonly ColumnMapping[], values: Record<string, string[]>) {
  return followUpFromReportingYear(columns, (column) => values[column] ?? []);
}

const FISCAL = field('Fiscal Year Released', 'release_fiscal_year');
const REPORTING = extra('Recidivism Reporting Year');

describe('the follow-up a reporting year implies', () => {
  it('reads a reporting year 3 years after every release as 36 months', () => {
    const evidence = infer([FISCAL, REPORTING], {
      'Fiscal Year Released': ['2010', '2011', '2014'],
      'Recidivism Reporting Year': ['2013', '2014', '2017'],
    });
    expect(evidence).toEqual({
      releaseColumn: 'Fiscal Year Released',
      reportingColumn: 'Recidivism Reporting Year',
      years: 3,
      months: 36,
    });
    expect(followUpReason(evidence!)).toBe(
      'From the file: “Recidivism Reporting Year” is 3 years after “Fiscal Year ' +
        'Released” in every sampled row, so 36 months. Change it if the export ' +
        'states another follow-up.',
    );
  });

  it('suggests nothing when the gap varies from row to row', () => {
    const values = {
      'Fiscal Year Released': ['2010', '2011', '2012'],
      'Recidivism Reporting Year': ['2013', '2014', '2014'],
    };
    expect(infer([FISCAL, REPORTING], values)).toBeNull();
  });

  it('suggests nothing without a column whose header names a reporting year', () => {
    const values = {
      'Fiscal Year Released': ['2010', '2011'],
      'Admission Year': ['2013', '2014'],
    };
    expect(infer([FISCAL, extra('Admission Year')], values)).toBeNull();
    expect(infer([FISCAL], values)).toBeNull();
  });

  it('suggests nothing for a gap of 0 or a negative gap', () => {
    const release = { 'Fiscal Year Released': ['2010', '2011'] };
    const same = { ...release, 'Recidivism Reporting Year': ['2010', '2011'] };
    const before = { ...release, 'Recidivism Reporting Year': ['2008', '2009'] };
    expect(infer([FISCAL, REPORTING], same)).toBeNull();
    expect(infer([FISCAL, REPORTING], before)).toBeNull();
  });

  it('suggests nothing past ten years, and 12 months for one', () => {
    const reporting = extra('Follow-up Year');
    const years = (gap: number) => ({
      'Fiscal Year Released': ['2001', '2002'],
      'Follow-up Year': [String(2001 + gap), String(2002 + gap)],
    });
    expect(infer([FISCAL, reporting], years(11))).toBeNull();
    expect(infer([FISCAL, reporting], years(10))?.months).toBe(120);
    expect(infer([FISCAL, reporting], years(1))?.months).toBe(12);
  });

  it('skips rows missing either year, but not a cell that is no year', () => {
    const missing = {
      'Fiscal Year Released': ['2010', '', '2012', '2013'],
      'Recidivism Reporting Year': ['2012', '2013', 'NA', '2015'],
    };
    expect(infer([FISCAL, REPORTING], missing)?.months).toBe(24);
    const unread = { ...missing, 'Recidivism Reporting Year': ['2012', '', 'FY14', ''] };
    expect(infer([FISCAL, REPORTING], unread)).toBeNull();
    const none = { ...missing, 'Recidivism Reporting Year': ['', '', '', ''] };
    expect(infer([FISCAL, REPORTING], none)).toBeNull();
  });

  it('takes the year of the release date when no fiscal year is mapped', () => {
    const released: ColumnMapping = {
      ...field('Release Date', 'released_on'),
      dateFormats: ['month-day-year'],
    };
    const values = {
      'Release Date': ['03/15/2018', '11/30/2018', '01/02/2019'],
      'Reporting Year': ['2020', '2020', '2021'],
    };
    expect(infer([released, extra('Reporting Year')], values)?.months).toBe(24);
  });

  it('suggests nothing when a column holds each record’s follow-up', () => {
    const values = {
      'Fiscal Year Released': ['2010', '2011'],
      'Recidivism Reporting Year': ['2013', '2014'],
      Months: ['36', '36'],
    };
    const perRow = field('Months', 'follow_up_months');
    expect(infer([FISCAL, REPORTING, perRow], values)).toBeNull();
  });

  it('suggests nothing when two reporting-year columns disagree', () => {
    const values = {
      'Fiscal Year Released': ['2010', '2011'],
      'Recidivism Reporting Year': ['2013', '2014'],
      'Follow Up Year': ['2011', '2012'],
    };
    const columns = [FISCAL, REPORTING, extra('Follow Up Year')];
    expect(infer(columns, values)).toBeNull();
  });
});
