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

  // Limits by hand with scipy: the count pair from beta.ppf on the conditional share
  // (Clopper-Pearson on 50 of 150, then p / (1 - p)); the proportion pair from the two
  // Wilson intervals combined as Newcombe's method 10.
  it('keeps the rate-ratio interval that classed a count change', () => {
    const line = compStatRow(
      metric('contacts'),
      'Contacts',
      row(50, null, 50),
      row(100, null, 100),
      'cms',
    );
    expect(line.changeInterval?.measure).toBe('rate_ratio');
    expect(line.changeInterval?.estimate).toBeCloseTo(0.5, 10);
    expect(line.changeInterval?.lower).toBeCloseTo(0.348720187, 7);
    expect(line.changeInterval?.upper).toBeCloseTo(0.708943088, 7);
  });

  it('scales a rate ratio by the two windows’ contacts', () => {
    const line = compStatRow(
      metric('force_per_1000_contacts'),
      'Force',
      row(30, 1200, 25),
      row(20, 1000, 20),
      'cms',
    );
    expect(line.changeInterval?.estimate).toBeCloseTo(1.25, 10);
    expect(line.changeInterval?.lower).toBeCloseTo(0.686776583, 7);
    expect(line.changeInterval?.upper).toBeCloseTo(2.322295256, 7);
    expect(line.change).toBe('no_clear_change');
  });

  it('gives a proportion’s change interval in percentage points', () => {
    const line = compStatRow(
      metric('assessments_pct_of_contacts'),
      'Assessed',
      row(300, 600, 50),
      row(90, 600, 15),
      'cms',
    );
    expect(line.changeInterval?.measure).toBe('difference_points');
    expect(line.changeInterval?.estimate).toBeCloseTo(35, 10);
    expect(line.changeInterval?.lower).toBeCloseTo(29.961476434, 7);
    expect(line.changeInterval?.upper).toBeCloseTo(39.779375692, 7);
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
    expect(line.changeInterval).toBeNull();
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

  // 428 of 850 events fall in the current window: beta.ppf(0.025, 428, 423) and
  // beta.ppf(0.975, 429, 422) in scipy, mapped by p / (1 - p), rounded to 4 places.
  it('writes the change interval beside the change, rounded to four places', () => {
    expect(cell(largeLine, 'Change measured as')).toBe('rate ratio (current / prior)');
    expect(cell(largeLine, 'Change estimate')).toBe(1.0142);
    expect(cell(largeLine, 'Change 95% CI lower')).toBe(0.8845);
    expect(cell(largeLine, 'Change 95% CI upper')).toBe(1.1629);
  });

  it('writes the filtered program’s target beside its measure', () => {
    const [, withTarget] = compStatCSVRows([{ row: large, ...ranges }], {
      contacts: 400,
    });
    expect(cell(withTarget, 'Program target')).toBe(400);
    expect(cell(largeLine, 'Program target')).toBeNull();
  });

  it('hides the change interval of a line with a suppressed count', () => {
    expect(cell(smallLine, 'Change estimate')).toBe(SUPPRESSED);
    expect(cell(smallLine, 'Change 95% CI lower')).toBe(SUPPRESSED);
    expect(cell(rateLine, 'Change 95% CI upper')).toBe(SUPPRESSED);
  });

  // 428 against 422 has the ratio interval 0.8845–1.1629 (above), which holds 1.
  it('writes the change class as suppressed exactly when a count on its line is', () => {
    expect(cell(smallLine, 'Change')).toBe(SUPPRESSED);
    expect(cell(rateLine, 'Change')).toBe(SUPPRESSED);
    expect(cell(largeLine, 'Change')).toBe('no clear change');
    const countCells = ['numerator', 'denominator'].flatMap((name) => [
      `Current ${name}`,
      `Prior ${name}`,
    ]);
    for (const line of [smallLine, rateLine, largeLine]) {
      const countHidden = countCells.some((name) => cell(line, name) === SUPPRESSED);
      expect(cell(line, 'Change') === SUPPRESSED).toBe(countHidden);
    }
  });

  it('never lets a suppressed figure through to the CSV text', () => {
    const text = JSON.stringify(smallLine);
    expect(text).not.toContain(',3,');
    expect(text).not.toContain(',40,');
  });
});
