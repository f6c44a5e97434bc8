import { useState } from 'react';
import type { QueryRunner } from '../../engine/query-runner';
import type { WorkspaceSettings } from '../../model/workspace-settings';
import { formatCount } from '../format';
import { Suppressible } from '../shared/Suppressible';
import { useAsyncResult } from '../shared/useAsyncResult';
import type { JuvenileBenchmark } from '../../metrics/definitions/juvenile-arrests';
import {
  loadBenchmarkChoices,
  loadBenchmarkYears,
  type BenchmarkComparison,
  type BenchmarkYear,
} from './load-benchmark';
import type { CompStatQuery } from './load-compstat';

interface Props {
  readonly runner: QueryRunner;
  readonly settings: WorkspaceSettings;
  readonly query: CompStatQuery;
  readonly sourceKey: string;
}

const one = (value: number | null) => (value === null ? '–' : value.toFixed(1));
const two = (value: number | null) => (value === null ? '–' : value.toFixed(2));

function RatioText({ year }: { year: BenchmarkYear }) {
  if (!year.ratio) return <>–</>;
  const { estimate, lower, upper } = year.ratio;
  return (
    <span data-field="benchmark-ratio">
      {two(estimate)} (95% CI {two(lower)}–{two(upper)})
    </span>
  );
}

/** Which ages both rates count, said so the two can never be of different ages. */
function agesText(benchmark: JuvenileBenchmark, comparison: BenchmarkComparison): string {
  const { ages, tableMinimumAge } = comparison;
  const group = benchmark.populationGroup;
  if (!ages)
    return (
      `The benchmark’s group “${group ?? ''}” covers ages no juvenile (under-18) ` +
      'figure matches, so no comparison is made.'
    );
  const counted =
    `Both rates count ages ${ages.minimumAge}–17: local arrests of those ages per ` +
    '100,000 youth of the same ages';
  const why = ages.stated
    ? `, as the benchmark’s group “${group ?? ''}” states.`
    : ': the benchmark states no ages, and published juvenile arrest rates ' +
      '(OJJDP’s) are per youth aged 10–17.';
  const table =
    tableMinimumAge === ages.minimumAge
      ? ''
      : ` The table above counts from age ${tableMinimumAge}.`;
  return counted + why + table;
}

/** The juvenile arrest rate of the last two whole years against a chosen benchmark. */
export function JuvenileBenchmarkPanel({ runner, settings, query, sourceKey }: Props) {
  const choices = useAsyncResult(sourceKey, () => loadBenchmarkChoices(runner));
  const [picked, setPicked] = useState(0);
  const list = choices.status === 'done' ? choices.value : [];
  const benchmark = list[picked] ?? list[0];
  const key = benchmark
    ? JSON.stringify([sourceKey, query, benchmark, settings.suppression])
    : null;
  const years = useAsyncResult(key, () =>
    loadBenchmarkYears(runner, settings, query, benchmark!),
  );
  if (choices.status === 'failed') throw choices.error;
  if (years.status === 'failed') throw years.error;
  if (!benchmark) return null;

  const onScreen = settings.suppressOnScreen;
  return (
    <section
      className="compstat-benchmark"
      aria-label="Juvenile arrests against a benchmark"
    >
      <h3>Juvenile arrests per 100,000 youth against a benchmark</h3>
      <div className="controls no-print">
        <label>
          Benchmark{' '}
          <select
            name="benchmark"
            value={list.indexOf(benchmark)}
            onChange={(e) => setPicked(Number(e.target.value))}
          >
            {list.map((choice, index) => (
              <option
                key={`${choice.measure}|${choice.area}|${choice.populationGroup ?? ''}`}
                value={index}
              >
                {choice.area}: {choice.measure}
                {choice.populationGroup ? ` (${choice.populationGroup})` : ''}
              </option>
            ))}
          </select>
        </label>
      </div>
      {years.status !== 'done' ? (
        <p role="status">Computing the benchmark comparison…</p>
      ) : (
        <p className="note" data-testid="benchmark-ages">
          {agesText(benchmark, years.value)}
        </p>
      )}
      {years.status === 'done' && years.value.ages && (
        <table className="compstat-table" data-testid="compstat-benchmark">
          <thead>
            <tr>
              <th>Year</th>
              <th>Juvenile arrests</th>
              <th>Youth population</th>
              <th>Local rate</th>
              <th>{benchmark.area} rate</th>
              <th>Local ÷ benchmark</th>
            </tr>
          </thead>
          <tbody>
            {years.value.years.map((year) => (
              <tr key={year.periodStart} data-year={year.periodStart.slice(0, 4)}>
                <td>{year.periodStart.slice(0, 4)}</td>
                <td>
                  <Suppressible hidden={year.hidden} onScreen={onScreen}>
                    {formatCount(year.arrests)}
                  </Suppressible>
                </td>
                <td>
                  {year.youthPopulation === null
                    ? '–'
                    : formatCount(year.youthPopulation)}
                </td>
                <td>
                  <Suppressible hidden={year.hidden} onScreen={onScreen}>
                    {one(year.localRate)}
                  </Suppressible>
                </td>
                <td>{one(year.benchmarkRate)}</td>
                <td>
                  <Suppressible hidden={year.hidden} onScreen={onScreen}>
                    <RatioText year={year} />
                  </Suppressible>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="note">
        The interval is exact Poisson on the local count, with the published benchmark
        held fixed (it rests on a far larger population). A year with more than one
        benchmark figure, or without a youth population, has no ratio.
      </p>
    </section>
  );
}
