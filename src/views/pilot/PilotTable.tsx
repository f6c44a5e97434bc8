import type { MetricUnit } from '../../metrics/metric';
import type { Interval, RatioInterval } from '../../stats';
import { formatCount } from '../format';
import type { MetricFigure } from '../shared/metric-figure';
import { formatLimit, formatValue } from '../shared/metric-format';
import type { GroupResult, PilotEstimate } from './pilot-estimate';
import { rangeLabel } from '../compstat/windows';
import type { PilotWindows } from './pilot-windows';
import { Suppressible } from '../shared/Suppressible';
import type {
  GroupSuppression,
  PilotSuppression,
  SideSuppression,
} from './pilot-suppression';

interface Props {
  readonly estimate: PilotEstimate;
  readonly unit: MetricUnit;
  readonly windows: PilotWindows;
  readonly pilotAreas: readonly string[];
  readonly comparisonAreas: readonly string[];
  readonly suppression: PilotSuppression;
  /** The workspace asks for suppression on screen too. */
  readonly onScreen: boolean;
}

function Figure(props: {
  figure: MetricFigure;
  unit: MetricUnit;
  testId: string;
  hidden: SideSuppression;
  onScreen: boolean;
}) {
  const { figure, unit, hidden, onScreen } = props;
  return (
    <td data-testid={props.testId}>
      <strong data-field="value">
        <Suppressible hidden={hidden.value} onScreen={onScreen}>
          {formatValue(figure.value, unit)}
        </Suppressible>
      </strong>
      {unit !== 'count' && (
        <span className="ratio">
          {' '}
          <span data-field="numerator">
            <Suppressible hidden={hidden.numerator} onScreen={onScreen}>
              {formatCount(figure.numerator)}
            </Suppressible>
          </span>{' '}
          of{' '}
          <span data-field="denominator">
            <Suppressible hidden={hidden.denominator} onScreen={onScreen}>
              {formatCount(figure.denominator ?? 0)}
            </Suppressible>
          </span>
        </span>
      )}
      {unit === 'count' && !(hidden.numerator && onScreen) && (
        <span data-field="numerator" hidden>
          {figure.numerator}
        </span>
      )}
      {figure.interval && (
        <span className="interval">
          <br />
          <Suppressible hidden={hidden.interval} onScreen={onScreen}>
            95% CI {formatLimit(figure.interval.lower, unit)}–
            {formatLimit(figure.interval.upper, unit)}
          </Suppressible>
        </span>
      )}
      {figure.unstable && <span className="unstable"> unstable</span>}
    </td>
  );
}

/** A change as after ÷ before (counts, rates) or after − before in points (shares). */
export function formatChange(change: Interval | RatioInterval | null, unit: MetricUnit) {
  if (change === null || change.estimate === null) return 'cannot be estimated';
  const upper = change.upper === null ? 'unbounded' : change.upper.toFixed(2);
  if (unit === 'percent') {
    const sign = change.estimate > 0 ? '+' : '';
    const interval = `${change.lower.toFixed(1)} to ${change.upper!.toFixed(1)}`;
    return `${sign}${change.estimate.toFixed(1)} pts (95% CI ${interval})`;
  }
  return `×${change.estimate.toFixed(2)} (95% CI ${change.lower.toFixed(2)} to ${upper})`;
}

function GroupRow(props: {
  name: string;
  areas: readonly string[];
  group: GroupResult;
  hidden: GroupSuppression;
  unit: MetricUnit;
  id: string;
  onScreen: boolean;
}) {
  const { group, hidden, unit, id, onScreen } = props;
  return (
    <tr data-group={id}>
      <th scope="row">
        {props.name}
        <br />
        <span className="ratio">{props.areas.join(', ')}</span>
      </th>
      <Figure
        figure={group.before}
        unit={unit}
        testId={`${id}-before`}
        hidden={hidden.before}
        onScreen={onScreen}
      />
      <Figure
        figure={group.after}
        unit={unit}
        testId={`${id}-after`}
        hidden={hidden.after}
        onScreen={onScreen}
      />
      <td data-testid={`${id}-change`}>
        <Suppressible hidden={hidden.change} onScreen={onScreen}>
          {formatChange(group.change, unit)}
        </Suppressible>
      </td>
    </tr>
  );
}

/** Before and after launch in the pilot and comparison areas, with each change. */
export function PilotTable(props: Props) {
  const { estimate, unit, windows, suppression, onScreen } = props;
  return (
    <table className="pilot-table" data-testid="pilot-table">
      <thead>
        <tr>
          <th scope="col">Areas</th>
          <th scope="col">Before launch ({rangeLabel(windows.before)})</th>
          <th scope="col">After launch ({rangeLabel(windows.after)})</th>
          <th scope="col">
            Change {unit === 'percent' ? '(after − before)' : '(after ÷ before)'}
          </th>
        </tr>
      </thead>
      <tbody>
        <GroupRow
          name="Pilot areas"
          areas={props.pilotAreas}
          group={estimate.pilot}
          hidden={suppression.pilot}
          unit={unit}
          id="pilot"
          onScreen={onScreen}
        />
        <GroupRow
          name="Comparison areas"
          areas={props.comparisonAreas}
          group={estimate.comparison}
          hidden={suppression.comparison}
          unit={unit}
          id="comparison"
          onScreen={onScreen}
        />
      </tbody>
    </table>
  );
}
