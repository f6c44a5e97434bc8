import type { DisplayedChange } from './metric-figure';

const WORDS: Readonly<Record<DisplayedChange, string>> = {
  up: 'up',
  down: 'down',
  no_clear_change: 'no clear change',
  too_few: 'too few events to tell',
  not_tested: 'not tested (median)',
  no_data: 'no figure',
};

interface Props {
  readonly change: DisplayedChange;
  readonly lowerIsBetter: boolean;
}

/**
 * The class of a change in words, with an arrow only for a clear change; whether the
 * move is good follows the metric's direction.
 */
export function ChangeClassBadge({ change, lowerIsBetter }: Props) {
  const clear = change === 'up' || change === 'down';
  const good = clear && (change === 'down') === lowerIsBetter;
  const arrow = change === 'up' ? '▲ ' : change === 'down' ? '▼ ' : '';
  const tone = clear ? (good ? 'good' : 'bad') : 'neutral';
  return (
    <span className={`change-class ${change} ${tone}`} data-change={change}>
      {arrow}
      {WORDS[change]}
    </span>
  );
}

/** The words for a change class, for exports. */
export function changeWords(change: DisplayedChange): string {
  return WORDS[change];
}
