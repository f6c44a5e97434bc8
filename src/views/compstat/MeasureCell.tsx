import type { MetricDefinition } from '../../metrics/metric';
import { directionWords, formatValue } from '../shared/metric-format';

interface Props {
  readonly definition: MetricDefinition;
  readonly label: string;
  /** The filtered program's target, in the metric's unit. */
  readonly target?: number;
}

/** A measure's name, its direction, and what is divided by what. */
export function MeasureCell({ definition, label, target }: Props) {
  return (
    <div className="measure-cell">
      <strong>{label}</strong>
      <span className="direction">{directionWords(definition.lowerIsBetter)}</span>
      <span className="definition">
        {definition.denominator
          ? `${definition.numerator} ÷ ${definition.denominator}`
          : definition.numerator}
      </span>
      {target !== undefined && (
        <span className="target" data-field="target">
          Program target: {formatValue(target, definition.unit)}
        </span>
      )}
    </div>
  );
}
