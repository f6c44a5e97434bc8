import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../metrics/metric';
import { metricById } from '../../metrics/registry';
import { compStatCSVRows, COMPSTAT_CSV_HEADER, SUPPRESSED } from './compstat-csv';
import { compStatRow } from './compstat-row';

const metric = (id: string) => metricById(id)!;
const row = (
  numerator: number,
  denominator: number | null,
  value: number,
): MetricRow => ({
  periodStart: '2025-01-01',
  group: null,
  numerator,
  denominator,
  value,
});
const ranges = {
  current: { from: '2025-01-01', to: '2025-12-31' },
  prior: { from: '2024-01-01', to: '2024-12-31' },
};

describe('a CompStat line', () => {
  it('shows no percentage change from a prior count below the minimum', () => {
    const line = compStatRow(
      metric('contacts'),
      'Contacts',
      row(9, null, 9),
      row(4, null, 4),
      'under5',
    );
    expect(line.countDifference).toBe(5);
    expect(line.percentChange).toBeNull();
  });

  it('classes a large drop in a count as down with a percentage', () => {
    const line = compStatRow(
      metric('contacts'),
      'Contacts',
      row(50, null, 50),
      row(100, null, 100),
      'cms',
    );
    expect(line.change).toBe('down');
    expect(line.percentChange).toBeCloseTo(-50, 10);
  });

  it('says too few rather than classing a change from a handful of events', () => {
    const line = compStatRow(
      metric('contacts'),
      'Contacts',
      row(2, null, 2),
      row(1, null, 1),
      'under5',
    );
    expect(line.change).toBe('too_few');
  });

  it('classes a proportion by the interval on the difference, in points', () => {
    const line = compStatRow(
      metric('assessments_pct_of_contacts'),
      'Assessed',
      row(300, 600, 50),
      row(90, 600, 15),
      'cms',
    );
    expect(line.change).toBe('up');
    expect(line.difference).toBeCloseTo(35, 10);
    expect(line.current!.interval!.lower).toBeLessThan(50);
    expect(line.current!.interval!.upper).toBeGreaterThan(50);
  });

  it('flags a rate from 20 or fewer events as unstable, but not one from 21', () => {
    const per1000 = metric('force_per_1000_contacts');
    expect(
      compStatRow(per1000, 'f', row(20, 1000, 20), row(21, 1000, 21), 'cms').current!
        .unstable,
    ).toBe(true);
    expect(
      compStatRow(per1000, 'f', row(20, 1000, 20), row(21, 1000, 21), 'cms').prior!
        .unstable,
    ).toBe(false);
  });

  it('leaves a median untested', () => {
    const line = compStatRow(
      metric('response_minutes_median'),
      'm',
      row(100, null, 15),
      row(90, null, 17),
      'cms',
    );
    expect(line.change).toBe('not_tested');
    expect(line.difference).toBeCloseTo(-2, 10);
  });

  it('reads a missing cohort as no figure', () => {
    const line = compStatRow(
      metric('recidivism_returned'),
      'r',
      undefined,
      row(8, 27, 29.6),
      'cms',
    );
    expect(line.change).toBe('no_data');
    expect(line.current).toBeNull();
  });
});

describe('suppression in the CompStat export', () => {
  const small = compStatRow(
    metric('contacts'),
    'Contacts',
    row(3, null, 3),
    row(40, null, 40),
    'cms',
  );
  const rate = compStatRow(
    metric('crisis_contacts_with_force_pct'),
    'Crisis contacts with force',
    row(9, 258, (9 / 258) * 100),
    row(30, 251, (30 / 251) * 100),
    'cms',
  );
  const large = compStatRow(
    metric('contacts'),
    'Contacts',
    row(428, null, 428),
    row(422, null, 422),
    'cms',
  );
  const [header, smallLine, rateLine, largeLine] = compStatCSVRows(
    [small, rate, large].map((line) => ({ row: line, ...ranges })),
  );
  const cell = (line: unknown[] | undefined, name: string) =>
    line![COMPSTAT_CSV_HEADER.indexOf(name)];

  it('hides a small count and its partner, and the difference that would reveal it', () => {
    expect(header).toEqual(COMPSTAT_CSV_HEADER);
    expect(cell(smallLine, 'Current value')).toBe(SUPPRESSED);
    expect(cell(smallLine, 'Current numerator')).toBe(SUPPRESSED);
    expect(cell(smallLine, 'Prior numerator')).toBe(SUPPRESSED);
    expect(cell(smallLine, 'Difference (events)')).toBe(SUPPRESSED);
    expect(cell(smallLine, '% change')).toBe(SUPPRESSED);
  });

  it(
    'hides the share and interval built on a suppressed numerator, keeping the ' +
      'denominator',
    () => {
      expect(cell(rateLine, 'Current numerator')).toBe(SUPPRESSED);
      expect(cell(rateLine, 'Current value')).toBe(SUPPRESSED);
      expect(cell(rateLine, 'Current 95% CI lower')).toBe(SUPPRESSED);
      expect(cell(rateLine, 'Current denominator')).toBe(258);
    },
  );

  it('keeps large counts as numbers', () => {
    expect(cell(largeLine, 'Current numerator')).toBe(428);
    expect(cell(largeLine, 'Difference (events)')).toBe(6);
  });

  it('never lets a suppressed figure through to the CSV text', () => {
    const text = JSON.stringify(smallLine);
    expect(text).not.toContain(',3,');
    expect(text).not.toContain(',40,');
  });
});
