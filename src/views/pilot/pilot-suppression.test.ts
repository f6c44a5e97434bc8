import { describe, expect, it } from 'vitest';
import { metricById } from '../../metrics/registry';
import { pilotEstimate, type GroupTotals } from './pilot-estimate';
import { restsOnSmallCount } from '../shared/sharing-rule';
import { suppressPilot } from './pilot-suppression';

const counts = (numerator: number, denominator: number | null = null): GroupTotals => ({
  numerator,
  denominator,
});

function suppressed(
  metricId: string,
  pilot: [GroupTotals, GroupTotals],
  comparison: [GroupTotals, GroupTotals],
) {
  const definition = metricById(metricId)!;
  const estimate = pilotEstimate(definition, {
    pilot: { before: pilot[0], after: pilot[1] },
    comparison: { before: comparison[0], after: comparison[1] },
  });
  return suppressPilot(estimate, definition.unit, 'cms');
}

const SHOWN = { numerator: false, denominator: false, value: false, interval: false };
const COUNT_HIDDEN = { numerator: true, denominator: false, value: true, interval: true };

describe('suppressPilot', () => {
  it('hides 10 and 2 force incidents, their change and the difference-in-differences', () => {
    const result = suppressed(
      'force_incidents',
      [counts(10), counts(2)],
      [counts(18), counts(20)],
    );
    expect(result).toEqual({
      pilot: { before: COUNT_HIDDEN, after: COUNT_HIDDEN, change: true },
      comparison: { before: SHOWN, after: SHOWN, change: false },
      effect: true,
    });
  });

  it('hides the 12 before launch as the partner of 9 after, since the change gives it', () => {
    const result = suppressed(
      'force_incidents',
      [counts(40), counts(11)],
      [counts(12), counts(9)],
    );
    expect(result.comparison.before).toEqual(COUNT_HIDDEN);
    expect(result.comparison.after).toEqual(COUNT_HIDDEN);
    expect(result.pilot).toEqual({ before: SHOWN, after: SHOWN, change: false });
    expect(result.effect).toBe(true);
  });

  it('hides a share of 3 of 50 and its partner but shows both denominators', () => {
    const result = suppressed(
      'assessments_pct_of_contacts',
      [counts(3, 50), counts(12, 60)],
      [counts(200, 900), counts(210, 905)],
    );
    const shareHidden = {
      numerator: true,
      denominator: false,
      value: true,
      interval: true,
    };
    expect(result.pilot).toEqual({
      before: shareHidden,
      after: shareHidden,
      change: true,
    });
    expect(result.comparison.change).toBe(false);
    expect(result.effect).toBe(true);
  });

  it('shows everything when no count is small', () => {
    const result = suppressed(
      'assessments_pct_of_contacts',
      [counts(39, 619), counts(15, 601)],
      [counts(58, 911), counts(58, 905)],
    );
    expect(result.effect).toBe(false);
    expect(result.pilot.after).toEqual(SHOWN);
  });
});

describe('restsOnSmallCount', () => {
  it('hides a month of 4 events, or of 30 events out of 8 contacts, not of 0 or 11', () => {
    expect(restsOnSmallCount(4, null, 'cms')).toBe(true);
    expect(restsOnSmallCount(30, 8, 'cms')).toBe(true);
    expect(restsOnSmallCount(0, 200, 'cms')).toBe(false);
    expect(restsOnSmallCount(11, 200, 'cms')).toBe(false);
  });
});
