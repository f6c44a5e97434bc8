import type { MetricDefinition } from '../../metrics/metric';
import { directionWords } from '../shared/metric-format';

interface Props {
  readonly definition: MetricDefinition;
  readonly label: string;
}

/** A measure's name, its direction, and what is divided by what. */
export function MeasureCell({ definition, label }: Props) {
  return (
    <div className="measure-cell">
      <strong>{label}</strong>
      <span className="direction">{directionWords(definition.lowerIsBetter)}</span>
      <span className="definition">
        {definition.denominator
          ? `${definition.numerator} ÷ ${definition.denominator}`
          : definition.numerator}
      </span>
    </div>
  );
}
