/**
 * Derived relations for the referral-to-placement measures: each keeps every column of
 * its dataset, so the shared builder can still filter and break it down, and adds one
 * or two computed columns whose names start with `__` (never a canonical column).
 */
import { datasetTable } from '../../model/datasets';
import { bound, identifier, sqlFragment, type SqlFragment } from '../sql-fragment';

/** Computed column: the referral's person was placed within the follow-up days. */
export const PLACED_WITHIN = '__placed_within';
/** Computed column: the follow-up days run past the last date in the data. */
export const WINDOW_OPEN = '__window_open';
/** Computed column: days from the person's first referral to this placement. */
export const DAYS_FROM_REFERRAL = '__days_from_referral';

const referrals = identifier(datasetTable('referrals'));
const placements = identifier(datasetTable('placements'));
const person = identifier('person_id');
const date = identifier('occurred_on');

/**
 * Referrals with, for each, whether the person has a placement on or after the referral
 * date and at most `withinDays` later, and whether that window is still open at the
 * last referral or placement date loaded.
 */
export function referralsWithPlacementSql(withinDays: number): SqlFragment {
  const windowEnd = sqlFragment`r.${date} + CAST(${bound(withinDays)} AS INTEGER)`;
  return sqlFragment`SELECT r.*,
    EXISTS (
      SELECT 1 FROM ${placements} AS p
      WHERE p.${person} = r.${person}
        AND p.${date} BETWEEN r.${date} AND ${windowEnd}
    ) AS ${identifier(PLACED_WITHIN)},
    ${windowEnd} > (
      SELECT max(d) FROM (
        SELECT ${date} AS d FROM ${referrals} UNION ALL SELECT ${date} FROM ${placements})
    ) AS ${identifier(WINDOW_OPEN)}
  FROM ${referrals} AS r`;
}

/**
 * Placements with the days since the person's first referral on or before the
 * placement date and after their previous placement, if any; NULL when there is none.
 */
export function placementsWithReferralDaysSql(): SqlFragment {
  // Without an earlier placement the lower bound falls back to the day before the
  // referral itself, which every referral passes.
  const previousPlacement = sqlFragment`(
          SELECT max(earlier.${date}) FROM ${placements} AS earlier
          WHERE earlier.${person} = p.${person} AND earlier.${date} < p.${date})`;
  return sqlFragment`SELECT p.*,
    date_diff('day', (
      SELECT min(r.${date}) FROM ${referrals} AS r
      WHERE r.${person} = p.${person}
        AND r.${date} <= p.${date}
        AND r.${date} > coalesce(${previousPlacement}, r.${date} - 1)
    ), p.${date}) AS ${identifier(DAYS_FROM_REFERRAL)}
  FROM ${placements} AS p`;
}
