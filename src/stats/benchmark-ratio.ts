/**
 * A local rate against a published benchmark rate (a state or national juvenile arrest
 * rate), as a standardized ratio: observed events ÷ the events the benchmark rate
 * would give the local population. The benchmark is treated as fixed, since it rests
 * on a population many times larger and its own error is not published with it; only
 * the local count is Poisson. The limits are then exact (Garwood) limits on the count
 * divided by the expected count, the classic exact interval of a standardized
 * mortality ratio (Ulm K 1990, Am J Epidemiol 131:373-375; worked example in Liddell
 * FDK 1984, J Epidemiol Community Health 38:85-88: 8 observed, 3.59 expected).
 */
import type { Interval } from './interval';
import { assertCount, assertExposure, DEFAULT_LEVEL, isFiniteInterval } from './interval';
import { poissonInterval } from './poisson';

/** The local count, its population and the benchmark rate per `per` people. */
export interface BenchmarkRatioInput {
  readonly count: number;
  readonly population: number;
  readonly benchmarkRate: number;
  /** The unit of the benchmark rate: 100,000 when omitted. */
  readonly per?: number;
  readonly level?: number;
}

/**
 * Local rate ÷ benchmark rate with its exact interval; null when the benchmark gives no
 * expected events (no population or a zero benchmark).
 */
export function benchmarkRatioInterval(input: BenchmarkRatioInput): Interval | null {
  assertCount(input.count, 'The local count');
  assertExposure(input.population, 'The population');
  assertExposure(input.benchmarkRate, 'The benchmark rate');
  const expected = (input.benchmarkRate * input.population) / (input.per ?? 100_000);
  if (!(expected > 0)) return null;

  const counted = poissonInterval(input.count, input.level ?? DEFAULT_LEVEL);
  const ratio = {
    estimate: input.count / expected,
    lower: counted.lower / expected,
    upper: counted.upper / expected,
    level: counted.level,
  };
  return isFiniteInterval(ratio) ? ratio : null;
}
