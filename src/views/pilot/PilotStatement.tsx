import type { MetricDefinition } from '../../metrics/metric';
import { isUnstable } from '../../stats';
import { directionWords } from '../shared/metric-format';
import { Suppressible } from '../shared/Suppressible';
import type { PilotEstimate } from './pilot-estimate';
import type { PilotWindows } from './pilot-windows';

interface Props {
  readonly definition: MetricDefinition;
  readonly estimate: PilotEstimate;
  readonly windows: PilotWindows;
  readonly programName: string;
  /** The estimate rests on a suppressed count. */
  readonly effectHidden: boolean;
  readonly onScreen: boolean;
}

function effectWords(estimate: PilotEstimate): string {
  const effect = estimate.effect;
  if (effect === null)
    return 'The difference-in-differences cannot be estimated from these counts.';
  const { lower, upper } = effect;
  if (estimate.effectScale === 'points') {
    const range = `${lower.toFixed(1)} to ${upper.toFixed(1)} points`;
    const clear = lower > 0 ? 'rose more' : upper < 0 ? 'fell more' : null;
    return clear
      ? `In the pilot areas the share ${clear} than in the comparison areas: ` +
          `by ${effect.estimate.toFixed(1)} points (95% CI ${range}).`
      : `The pilot areas' change is not clearly different from the comparison areas' ` +
          `(${effect.estimate.toFixed(1)} points, 95% CI ${range}).`;
  }
  const range = `${lower.toFixed(2)} to ${upper.toFixed(2)}`;
  const clear = lower > 1 ? 'rose more' : upper < 1 ? 'fell more' : null;
  return clear
    ? `In the pilot areas the measure ${clear} than in the comparison areas: ` +
        `the ratio of their changes is ${effect.estimate.toFixed(2)} (95% CI ${range}).`
    : `The pilot areas' change is not clearly different from the comparison areas' ` +
        `(ratio of changes ${effect.estimate.toFixed(2)}, 95% CI ${range}).`;
}

const HIDDEN_EFFECT =
  'The difference-in-differences is suppressed: it rests on a count small enough to ' +
  'identify people, and the counts could be worked back from it.';

function smallestCount(estimate: PilotEstimate): number {
  return Math.min(
    ...[estimate.pilot, estimate.comparison].flatMap((group) => [
      group.before.numerator,
      group.after.numerator,
    ]),
  );
}

/** What the data can and cannot show about the pilot, in plain words. */
export function PilotStatement(props: Props) {
  const { definition, estimate, windows, programName } = props;
  const fewEvents = isUnstable(smallestCount(estimate));
  return (
    <section
      className="statement"
      aria-label="What the data can and cannot show"
      data-testid="pilot-statement"
    >
      <h3>What the data can show</h3>
      <p data-testid="pilot-effect">
        <Suppressible
          hidden={props.effectHidden}
          onScreen={props.onScreen}
          word={HIDDEN_EFFECT}
        >
          {effectWords(estimate)}
        </Suppressible>
      </p>
      <p>
        {definition.name} ({directionWords(definition.lowerIsBetter)}) is compared over{' '}
        {windows.months} months before and {windows.months} months after {programName}{' '}
        launched, so both windows hold the same months of the year.
      </p>
      <h3>What it cannot show</h3>
      <ul>
        <li>
          The areas were not chosen at random, so this is not an experiment. The estimate
          assumes that without the pilot, the pilot areas would have changed as the
          comparison areas did (parallel trends);{' '}
          <span className="screen-only">the chart above</span>
          <span className="print-only">
            the month-by-month chart on the Pilot results screen (left out of print, as it
            shows small counts)
          </span>{' '}
          is the only check on that, and it cannot prove it.
        </li>
        <li>
          Anything else that changed in only one group at launch (staffing, a new
          recording practice, a policy) is mixed into the estimate.
        </li>
        <li>
          Intervals treat each event as independent; repeat contacts with the same person
          make them too narrow.
        </li>
        {fewEvents && (
          <li data-testid="few-events">
            Some groups rest on 20 or fewer events, so their figures can swing widely by
            chance alone.
          </li>
        )}
      </ul>
    </section>
  );
}
