import { classifyCountChange } from '../stats/count-change';
import { formatDifference } from '../views/format';
import { formatPercentChange } from '../views/shared/metric-format';

interface Props {
  readonly current: number;
  readonly prior: number | null;
  readonly minimumForChange?: number;
}

const WORDS = {
  up: 'up',
  down: 'down',
  no_clear_change: 'no clear change',
  too_few: 'too few to tell',
} as const;

/**
 * A change in counts: always the difference, a percentage only from a prior count of
 * at least the minimum, and "up"/"down" only when the interval says so.
 */
export function ChangeBadge({ current, prior, minimumForChange }: Props) {
  if (prior === null) return <span className="change none">no prior data</span>;
  const change = classifyCountChange({ current, prior, minimumForChange });
  const percent =
    change.percentChange === null
      ? ''
      : ` (${formatPercentChange(change.percentChange)})`;
  return (
    <span className={`change ${change.class}`} title={WORDS[change.class]}>
      {formatDifference(change.difference)}
      {percent} <span className="change-word">{WORDS[change.class]}</span>
    </span>
  );
}
