import { describe, expect, it } from 'vitest';
import type { MonthCoverage } from '../../metrics/month-comparison';
import type { PeriodCoverage } from '../../metrics/periods';
import { summaryLines } from './month-summary-lines';

/** Coverage of the reviewed month, the month before and the same month last year. */
function coverageOf(
  current: PeriodCoverage,
  priorCoverage: PeriodCoverage,
  lastYearCoverage: PeriodCoverage,
): MonthCoverage {
  const fits = (compared: PeriodCoverage) => current === 'full' && compared === 'full';
  return {
    current,
    prior: fits(priorCoverage),
    lastYear: fits(lastYearCoverage),
    priorCoverage,
    lastYearCoverage,
  };
}

const months = [
  { month: '2025-11-01', events: 8, outcomes: 0 },
  { month: '2025-12-01', events: 113, outcomes: 23 },
];

describe('summaryLines', () => {
  it('hides a month before of 8 events and the change that would give them back', () => {
    const coverage = coverageOf('full', 'full', 'none');
    const [current, prior, lastYear] = summaryLines(
      months,
      '2025-12-01',
      coverage,
      'cms',
    )!;
    expect(current).toMatchObject({
      label: 'Dec 2025',
      hidden: { events: false, outcomes: false, rate: false },
      change: null,
    });
    expect(prior).toMatchObject({
      label: 'Month before (Nov 2025)',
      hidden: { events: true, outcomes: false, rate: true },
      change: { difference: 105, hidden: true },
    });
    expect(lastYear).toMatchObject({ counts: null, change: null });
  });

  it('shows the change when the month before is not small under the under-5 preset', () => {
    const coverage = coverageOf('full', 'full', 'none');
    const lines = summaryLines(months, '2025-12-01', coverage, 'under5')!;
    expect(lines[1]!.change).toEqual({ difference: 105, hidden: false });
  });

  it('leaves out a month before that the data does not wholly cover', () => {
    const coverage = coverageOf('partial', 'full', 'none');
    const lines = summaryLines(months, '2025-12-01', coverage, 'cms')!;
    expect(lines[0]!.label).toBe('Dec 2025 (partly covered by the data)');
    expect(lines[1]!.counts).toBeNull();
    // The month before is covered: it is left out because December is not.
    expect(lines[1]!.absent).toBe(
      'not compared: the month under review is partly covered',
    );
  });

  it('says which compared month the data covers only in part and which not at all', () => {
    const coverage = coverageOf('full', 'partial', 'none');
    const lines = summaryLines(months, '2025-12-01', coverage, 'cms')!;
    expect(lines.map((line) => line.absent)).toEqual([
      null,
      'only partly covered by the data',
      'not covered by the data',
    ]);
  });
});
