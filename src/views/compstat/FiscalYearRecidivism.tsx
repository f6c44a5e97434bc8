import { useState } from 'react';
import type { QueryRunner } from '../../engine/query-runner';
import { FOLLOW_UP_MONTHS } from '../../metrics/definitions/recidivism';
import { periodLabel } from '../../metrics/periods';
import { metricById } from '../../metrics/registry';
import { runMetric } from '../../metrics/run-metric';
import { formatCount, formatPercent } from '../format';
import { restsOnSmallCount, type SharingRule } from '../shared/sharing-rule';
import { Suppressible } from '../shared/Suppressible';
import { useAsyncResult } from '../shared/useAsyncResult';

interface Props {
  readonly runner: QueryRunner;
  readonly fiscalYearStartMonth: number;
  /** The follow-up the programs ask for, else the one the export carries. */
  readonly followUpMonths: number;
  readonly sharing: SharingRule;
}

/**
 * The return rate of release cohorts by fiscal year, for releases that carry a fiscal
 * year but no date: the only period they can be read by.
 */
export function FiscalYearRecidivism(props: Props) {
  const [followUp, setFollowUp] = useState(props.followUpMonths);
  const definition = metricById('recidivism_returned')!;
  const key = JSON.stringify(['fy-recidivism', followUp, props.fiscalYearStartMonth]);
  const result = useAsyncResult(key, () =>
    runMetric(props.runner, definition, {
      grain: 'fiscal_year',
      filters: [],
      fiscalYearStartMonth: props.fiscalYearStartMonth,
      options: { followUpMonths: followUp },
    }),
  );
  if (result.status === 'failed') throw result.error;
  const hidden = (numerator: number, denominator: number | null) =>
    restsOnSmallCount(numerator, denominator, props.sharing.preset);

  return (
    <section aria-label="Recidivism by fiscal year" className="fiscal-recidivism">
      <h3>Returned within follow-up, by fiscal year of release</h3>
      <p className="note">
        These releases carry a fiscal year but no release date, so they cannot be put in a
        week, month or year to date; each fiscal year&apos;s cohort is shown whole. A
        cohort is shown only when every release in it has a known outcome over the window.
      </p>
      <label className="no-print">
        Follow-up{' '}
        <select
          name="fiscal-follow-up"
          value={followUp}
          onChange={(event) => setFollowUp(Number(event.target.value))}
        >
          {FOLLOW_UP_MONTHS.map((months) => (
            <option key={months} value={months}>
              {months} months
            </option>
          ))}
        </select>
      </label>
      {result.status === 'loading' ? (
        <p role="status">Computing returns by fiscal year…</p>
      ) : result.value.length === 0 ? (
        <p data-testid="fiscal-recidivism-empty">
          No fiscal-year cohort has a known outcome over {followUp} months. Choose a
          shorter follow-up; or, if the export never says how long it followed each person
          (its releases have no follow-up months), import it again and state it: the
          mapping screen suggests <code>follow_up_months</code> from a reporting-year
          column when the file has one (a reporting year three years after the release
          gives 36); otherwise add it under &ldquo;Values the file does not hold&rdquo;
          (36 for a three-year follow-up).
        </p>
      ) : (
        <table data-testid="fiscal-recidivism">
          <thead>
            <tr>
              <th scope="col">Fiscal year</th>
              <th scope="col">Released</th>
              <th scope="col">Returned within {followUp} months</th>
              <th scope="col">Rate</th>
            </tr>
          </thead>
          <tbody>
            {result.value.map((row) => {
              const small = hidden(row.numerator, row.denominator);
              return (
                <tr key={row.periodStart} data-period={row.periodStart}>
                  <th scope="row" data-field="fiscal-year">
                    {periodLabel(
                      row.periodStart,
                      'fiscal_year',
                      props.fiscalYearStartMonth,
                    )}
                  </th>
                  <td data-field="released">
                    <Suppressible hidden={small} onScreen={props.sharing.onScreen}>
                      {formatCount(row.denominator ?? 0)}
                    </Suppressible>
                  </td>
                  <td data-field="returned">
                    <Suppressible hidden={small} onScreen={props.sharing.onScreen}>
                      {formatCount(row.numerator)}
                    </Suppressible>
                  </td>
                  <td data-field="rate">
                    <Suppressible hidden={small} onScreen={props.sharing.onScreen}>
                      {formatPercent(row.value === null ? null : row.value / 100)}
                    </Suppressible>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The follow-up to start from: the programs' own when they agree, else the export's. */
export function startingFollowUp(
  programFollowUps: readonly (number | undefined)[],
  carried: number | null,
): number {
  const chosen = [...new Set(programFollowUps.filter((m) => m !== undefined))];
  if (chosen.length === 1) return chosen[0]!;
  const allowed = [...FOLLOW_UP_MONTHS].filter((m) => carried !== null && m <= carried);
  return allowed.at(-1) ?? 12;
}
