import type { MetricUnit } from '../../metrics/metric';
import { formatCount } from '../format';
import type { MetricFigure } from '../shared/metric-figure';
import { formatLimit, formatValue } from '../shared/metric-format';
import type { PairSuppression } from '../shared/pair-suppression';
import { Suppressible } from '../shared/Suppressible';

interface Props {
  readonly figure: MetricFigure | null;
  readonly unit: MetricUnit;
  readonly side: keyof PairSuppression;
  readonly events: PairSuppression;
  readonly bases: PairSuppression;
  readonly derivedHidden: boolean;
  readonly onScreen: boolean;
  /** Shown when there is no figure, e.g. a recidivism cohort still being followed. */
  readonly missing: string;
}

const NOTE_WORDS: Readonly<Record<string, string>> = {
  missing_arrival: 'no arrival time',
  arrival_before_call: 'arrival before call',
};

/**
 * One window's figure: the value, its numerator and denominator, the 95% interval, the
 * unstable flag and any note a reader must see (calls missing an arrival time).
 */
export function FigureCell(props: Props) {
  const { figure, unit, side, onScreen } = props;
  if (!figure) return <span className="no-figure">{props.missing}</span>;
  const isCount = unit === 'count';
  const valueHidden = isCount ? props.events[side] : props.derivedHidden;
  const notes = Object.entries(figure.notes).filter(([key]) => key in NOTE_WORDS);

  return (
    <div className="figure-cell">
      <span className="figure" data-field={`${side}-value`}>
        <Suppressible hidden={valueHidden} onScreen={onScreen}>
          {formatValue(figure.value, unit)}
        </Suppressible>
      </span>
      {!isCount && (
        <span className="ratio">
          <Suppressible hidden={props.events[side]} onScreen={onScreen}>
            <span data-field={`${side}-numerator`}>{formatCount(figure.numerator)}</span>
          </Suppressible>
          {figure.denominator !== null && (
            <>
              {' of '}
              <Suppressible hidden={props.bases[side]} onScreen={onScreen}>
                <span data-field={`${side}-denominator`}>
                  {formatCount(figure.denominator)}
                </span>
              </Suppressible>
            </>
          )}
        </span>
      )}
      {figure.interval && (
        <span className="interval">
          <Suppressible hidden={props.derivedHidden} onScreen={onScreen}>
            95% CI {formatLimit(figure.interval.lower, unit)}–
            {formatLimit(figure.interval.upper, unit)}
          </Suppressible>
        </span>
      )}
      {figure.unstable && (
        <span className="unstable" title="Rests on 20 or fewer events">
          unstable
        </span>
      )}
      {notes.map(([key, count]) => (
        <span className="note" key={key} data-note={key}>
          {formatCount(count)} {NOTE_WORDS[key]}
        </span>
      ))}
    </div>
  );
}
