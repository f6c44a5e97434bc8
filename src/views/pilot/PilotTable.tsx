import type { MetricUnit } from '../../metrics/metric';
import type { Interval, RatioInterval } from '../../stats';
import { formatCount } from '../format';
import type { MetricFigure } from '../shared/metric-figure';
import { formatLimit, formatValue } from '../shared/metric-format';
import type { GroupResult, PilotEstimate } from './pilot-estimate';
import { rangeLabel } from '../compstat/windows';
import type { PilotWindows } from './pilot-windows';

interface Props {
  readonly estimate: PilotEstimate;
  readonly unit: MetricUnit;
  readonly windows: PilotWindows;
  readonly pilotAreas: readonly string[];
  readonly comparisonAreas: readonly string[];
}

function Figure({
  figure,
  unit,
  testId,
}: {
  figure: MetricFigure;
  unit: MetricUnit;
  testId: string;
}) {
  return (
    <td data-testid={testId}>
      <strong>{formatValue(figure.value, unit)}</strong>
      {unit !== 'count' && (
        <span className="ratio">
          {' '}
          <span data-field="numerator">{formatCount(figure.numerator)}</span> of{' '}
          <span data-field="denominator">{formatCount(figure.denominator ?? 0)}</span>
        </span>
      )}
      {unit === 'count' && (
        <span data-field="numerator" hidden>
          {figure.numerator}
        </span>
      )}
      {figure.interval && (
        <span className="interval">
          <br />
          95% CI {formatLimit(figure.interval.lower, unit)}–
          {formatLimit(figure.interval.upper, unit)}
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
  unit: MetricUnit;
  id: string;
}) {
  return (
    <tr data-group={props.id}>
      <th scope="row">
        {props.name}
        <br />
        <span className="ratio">{props.areas.join(', ')}</span>
      </th>
      <Figure
        figure={props.group.before}
        unit={props.unit}
        testId={`${props.id}-before`}
      />
      <Figure figure={props.group.after} unit={props.unit} testId={`${props.id}-after`} />
      <td>{formatChange(props.group.change, props.unit)}</td>
    </tr>
  );
}

/** Before and after launch in the pilot and comparison areas, with each change. */
export function PilotTable({
  estimate,
  unit,
  windows,
  pilotAreas,
  comparisonAreas,
}: Props) {
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
          areas={pilotAreas}
          group={estimate.pilot}
          unit={unit}
          id="pilot"
        />
        <GroupRow
          name="Comparison areas"
          areas={comparisonAreas}
          group={estimate.comparison}
          unit={unit}
          id="comparison"
        />
      </tbody>
    </table>
  );
}
