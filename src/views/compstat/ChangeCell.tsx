import { ChangeClassBadge } from '../shared/ChangeClassBadge';
import { Suppressible } from '../shared/Suppressible';
import type { ChangeInterval, CompStatRow } from './compstat-row';

const NOT_TESTED_TIP =
  'Medians are not tested: the registry returns each window’s median and count, not ' +
  'the values behind them, and no sound test of two medians works from those alone.';

const ratio = (value: number | null) => (value === null ? '∞' : value.toFixed(2));
const points = (value: number | null) =>
  value === null
    ? '–'
    : `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(1)}`;

/** The change interval in words, e.g. `ratio 0.50 (95% CI 0.35–0.71)`. */
export function changeIntervalText(interval: ChangeInterval): string {
  if (interval.measure === 'rate_ratio') {
    const range = `${ratio(interval.lower)}–${ratio(interval.upper)}`;
    return `ratio ${ratio(interval.estimate)} (95% CI ${range})`;
  }
  const range = `${points(interval.lower)} to ${points(interval.upper)}`;
  return `${points(interval.estimate)} pts (95% CI ${range})`;
}

const TIPS: Readonly<Record<ChangeInterval['measure'], string>> = {
  rate_ratio:
    'Current rate ÷ prior rate with its exact 95% interval; a change is up or down ' +
    'only when the interval leaves out 1.',
  difference_points:
    'Current minus prior share, in percentage points, with Newcombe’s 95% interval; ' +
    'a change is up or down only when the interval leaves out 0.',
};

/** The change class with the interval that decided it. */
export function ChangeCell({ row, onScreen }: { row: CompStatRow; onScreen: boolean }) {
  const interval = row.changeInterval;
  return (
    <span title={row.change === 'not_tested' ? NOT_TESTED_TIP : undefined}>
      {/* The class is read from the counts, so "too few events" or "no clear change"
          beside a hidden count says what it hid. */}
      <span data-field="change-class">
        <Suppressible hidden={row.suppressDerived} onScreen={onScreen}>
          <ChangeClassBadge
            change={row.change}
            lowerIsBetter={row.definition.lowerIsBetter}
          />
        </Suppressible>
      </span>
      {interval && ' '}
      {interval && (
        <Suppressible hidden={row.suppressDerived} onScreen={onScreen}>
          <span
            className="change-interval"
            data-field="change-interval"
            title={TIPS[interval.measure]}
          >
            {changeIntervalText(interval)}
          </span>
        </Suppressible>
      )}
    </span>
  );
}
