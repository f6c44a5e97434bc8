/**
 * Recidivism of release cohorts: of the people released (or exiting a program) in a
 * period, the share who returned within a follow-up window of 6, 12, 24 or 36 months.
 *
 * Two sources, chosen per program: the outcome the export carries (`returned`,
 * `days_to_return`, `follow_up_months`), or later arrests joined by person.
 *
 * A cohort is withheld (its row is not returned at all) until its whole follow-up window
 * lies inside the data, so a young cohort can never be read as a low rate. Each row
 * that is returned carries its cohort size as the denominator.
 */
import type { SqlQuery } from '../../model/sql';
import { assertColumn, filterSql, groupSql } from '../column-refs';
import type {
  MetricDefinition,
  MetricOptionSpec,
  MetricRequest,
  NumberOptionSpec,
} from '../metric';
import { numberOption } from '../options';
import { MetricRequestError } from '../metric-request-error';
import { assertFiscalYearStartMonth, periodStartSql, periodStepMonths } from '../periods';
import { bound, joinFragments, sqlFragment, trusted } from '../sql-fragment';

/** Follow-up windows a program can choose, in months. */
export const FOLLOW_UP_MONTHS = [6, 12, 24, 36] as const;

/** A follow-up window in months. */
export type FollowUpMonths = (typeof FOLLOW_UP_MONTHS)[number];

/** The options the recidivism metrics read from MetricRequest.options. */
export interface RecidivismOptions {
  readonly followUpMonths: FollowUpMonths;
  /** Last date the data covers (ISO); null lets each source decide (see the metrics). */
  readonly dataThrough: string | null;
}

const DEFAULT_FOLLOW_UP: FollowUpMonths = 12;

const FOLLOW_UP_OPTION = {
  kind: 'number',
  key: 'followUpMonths',
  description: 'Follow-up window in months: 6, 12, 24 or 36, chosen per program.',
  defaultValue: DEFAULT_FOLLOW_UP,
  rule: { min: 6, max: 36, integer: true, oneOf: FOLLOW_UP_MONTHS },
} as const satisfies NumberOptionSpec;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads `followUpMonths` and `dataThrough`, rejecting values it cannot use. */
export function recidivismOptions(request: MetricRequest): RecidivismOptions {
  const months = numberOption(request, FOLLOW_UP_OPTION);
  const through = request.options?.dataThrough ?? null;
  if (through !== null && (typeof through !== 'string' || !ISO_DAY.test(through))) {
    throw new MetricRequestError('The data-through date must be written YYYY-MM-DD.');
  }
  return { followUpMonths: months as FollowUpMonths, dataThrough: through };
}

const int = (value: number) => sqlFragment`CAST(${bound(value)} AS INTEGER)`;
const day = (value: string | null) => sqlFragment`CAST(${bound(value)} AS DATE)`;

// Fiscal-year-only records stand for the whole fiscal year, named for the calendar year
// it ends in (FY2010 with a July start runs 2009-07-01 to 2010-06-30), as in periods.ts.
function fiscalYearStart(request: MetricRequest): SqlQuery {
  const startMonth = request.fiscalYearStartMonth;
  const yearsBack = int(startMonth > 1 ? 1 : 0);
  const year = sqlFragment`CAST(r.release_fiscal_year - ${yearsBack} AS INTEGER)`;
  return sqlFragment`make_date(${year}, ${int(startMonth)}, 1)`;
}

// Every release gets a cohort span: its release day, or the whole fiscal year.
function releasesWithSpan(request: MetricRequest): SqlQuery {
  const fiscalStart = fiscalYearStart(request);
  const fiscalEnd = sqlFragment`CAST(${fiscalStart} + INTERVAL 1 YEAR AS DATE) - 1`;
  return sqlFragment`(SELECT r.*,
      coalesce(r.released_on, ${fiscalStart}) AS cohort_start,
      coalesce(r.released_on, ${fiscalEnd}) AS cohort_end
    FROM releases AS r) AS r`;
}

function periodStart(request: MetricRequest): SqlQuery {
  if (request.grain === 'window') return day(request.from ?? null);
  return periodStartSql(request.grain, 'r.cohort_start', request.fiscalYearStartMonth);
}

// Last day of the bucket starting at period_start: the cohort's latest possible release.
function periodEnd(request: MetricRequest): SqlQuery {
  if (request.grain === 'window') return day(request.to ?? null);
  const months = int(periodStepMonths(request.grain));
  return sqlFragment`CAST(period_start + to_months(${months}) AS DATE) - 1`;
}

function cohortFilters(request: MetricRequest, datedOnly: boolean): SqlQuery {
  // Calendar buckets need a date; an undated fiscal-year record fits only fiscal years.
  const calendar = request.grain !== 'fiscal_year' && request.grain !== 'window';
  const clauses = [trusted(datedOnly || calendar ? 'r.released_on IS NOT NULL' : 'TRUE')];
  if (datedOnly) clauses.push(trusted('r.person_id IS NOT NULL'));
  if (request.from) clauses.push(sqlFragment`r.cohort_start >= ${day(request.from)}`);
  if (request.to) clauses.push(sqlFragment`r.cohort_end <= ${day(request.to)}`);
  clauses.push(...request.filters.map(filterSql));
  return joinFragments(clauses, ' AND ');
}

// The releases of the request, each with its period and group. `followed` keeps only
// releases that later arrests can be matched to (a date and a person).
function cohortSelect(request: MetricRequest, followed: boolean): SqlQuery {
  assertFiscalYearStartMonth(request.fiscalYearStartMonth);
  if (request.grain === 'window' && !(request.from && request.to)) {
    throw new MetricRequestError(
      'A comparison window needs both a start and an end date.',
    );
  }
  const refs = [...request.filters, ...(request.breakdown ? [request.breakdown] : [])];
  refs.forEach((ref) => assertColumn('releases', ref));
  const group = request.breakdown ? groupSql(request.breakdown) : trusted('NULL');
  return sqlFragment`SELECT ${periodStart(request)} AS period_start, ${group} AS grp, r.*
    FROM ${releasesWithSpan(request)} WHERE ${cohortFilters(request, followed)}`;
}

const windowEnd = (request: MetricRequest, months: number) =>
  sqlFragment`CAST(${periodEnd(request)} + to_months(${int(months)}) AS DATE)`;

/** SQL for the share of each cohort the export says returned within the window. */
export function buildReturnedQuery(request: MetricRequest): SqlQuery {
  const { followUpMonths, dataThrough } = recidivismOptions(request);
  const months = int(followUpMonths);
  // Without a release date only days are known; a month is taken as 365/12 days, so the
  // windows are 182, 365, 730 and 1,095 days (Iowa's 3-year measure uses 1,095).
  const undatedDays = int(Math.floor((followUpMonths * 365) / 12));
  return sqlFragment`WITH cohort AS (${cohortSelect(request, false)}),
    scored AS (
      SELECT period_start, grp,
        -- bool_and skips NULLs, so an unknown field must read as not known.
        coalesce(returned IS NOT NULL AND follow_up_months >= ${months}
          AND (NOT returned OR days_to_return IS NOT NULL OR follow_up_months = ${months}),
          FALSE) AS known,
        coalesce(returned AND coalesce(days_to_return <= coalesce(
          date_diff('day', released_on, CAST(released_on + to_months(${months}) AS DATE)),
          ${undatedDays}), TRUE), FALSE) AS returned_in_window
      FROM cohort)
    SELECT period_start, grp, count_if(returned_in_window) AS numerator,
      count(*) AS denominator, 100.0 * count_if(returned_in_window) / count(*) AS value
    FROM scored
    GROUP BY period_start, grp
    HAVING bool_and(known) AND (${day(dataThrough)} IS NULL
      OR ${windowEnd(request, followUpMonths)} <= ${day(dataThrough)})
    ORDER BY period_start, grp NULLS FIRST`;
}

/** SQL for the share of each cohort arrested again after release, within the window. */
export function buildRearrestQuery(request: MetricRequest): SqlQuery {
  const { followUpMonths, dataThrough } = recidivismOptions(request);
  // Without dataThrough the last arrest on file marks the end of the data: conservative,
  // since the export cannot have ended before its last record.
  const lastArrest = trusted('(SELECT max(occurred_on) FROM arrests)');
  const through = sqlFragment`coalesce(${day(dataThrough)}, ${lastArrest})`;
  const windowOf = (release: string) =>
    sqlFragment`CAST(${trusted(release)} + to_months(${int(followUpMonths)}) AS DATE)`;
  return sqlFragment`WITH cohort AS (${cohortSelect(request, true)}),
    scored AS (
      SELECT c.period_start, c.grp, EXISTS (
        SELECT 1 FROM arrests AS a
        WHERE a.person_id = c.person_id AND a.occurred_on > c.released_on
          AND a.occurred_on <= ${windowOf('c.released_on')}
      ) AS rearrested
      FROM cohort AS c)
    SELECT period_start, grp, count_if(rearrested) AS numerator,
      count(*) AS denominator, 100.0 * count_if(rearrested) / count(*) AS value
    FROM scored
    GROUP BY period_start, grp
    HAVING ${windowEnd(request, followUpMonths)} <= ${through}
    ORDER BY period_start, grp NULLS FIRST`;
}

const options: readonly MetricOptionSpec[] = [
  FOLLOW_UP_OPTION,
  {
    kind: 'text',
    key: 'dataThrough',
    description: 'Last date the data covers (YYYY-MM-DD); later cohorts are withheld.',
    defaultValue: '',
  },
];

const shared = {
  denominator: 'People released in the period (the cohort)',
  unit: 'percent',
  breakdowns: ['release_type'],
  options,
  lowerIsBetter: true,
  minimumForChange: 5,
} as const;

/** Return-to-custody and re-arrest rates of release cohorts. */
export const recidivismMetrics: readonly MetricDefinition[] = [
  {
    ...shared,
    id: 'recidivism_returned',
    requires: ['returned'],
    name: 'Returned within follow-up',
    numerator: 'Releases the export marks as returned within the follow-up window',
    datasets: ['releases'],
    fields: [
      'released_on',
      'release_fiscal_year',
      'returned',
      'days_to_return',
      'follow_up_months',
    ],
    periodRule: 'Release date, or the release fiscal year when the export has no dates.',
    caveats: [
      'A cohort is shown only when every release in it has a known outcome over the ' +
        'whole window and the window ends by the data-through date.',
      'Without a release date a month counts as 365/12 days.',
    ],
    buildQuery: buildReturnedQuery,
  },
  {
    ...shared,
    id: 'recidivism_rearrest',
    requires: ['released_on', 'person_id'],
    name: 'Re-arrested within follow-up',
    numerator: 'Releases followed by an arrest of the same person within the window',
    datasets: ['releases', 'arrests'],
    fields: ['released_on', 'person_id', 'occurred_on'],
    periodRule: 'Release date.',
    caveats: [
      'Only arrests after the release day count, not one on the day of release.',
      'Releases without a date or a person id cannot be followed and are left out.',
      'A cohort is shown only when its window ends by the data-through date, ' +
        'or by the last arrest on file.',
    ],
    buildQuery: buildRearrestQuery,
  },
];
