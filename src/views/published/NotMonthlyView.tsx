import type { QueryRunner } from '../../engine/query-runner';
import type { EventSource } from '../../model/event-source';
import { PublishedFigures } from './PublishedFigures';

interface Props {
  readonly runner: QueryRunner;
  readonly source: EventSource;
  readonly onOpenScreen: (screenId: string) => void;
}

/** The month review of records with no month: why, and where they can be read. */
export function NotMonthlyView({ runner, source, onOpenScreen }: Props) {
  return (
    <section className="month-view" aria-label="Month review">
      <h2>{source.label}</h2>
      <p data-testid="not-monthly">{source.notMonthly}</p>
      {source.dataset === 'releases' && (
        <button type="button" onClick={() => onOpenScreen('compstat')}>
          Open CompStat
        </button>
      )}
      {source.dataset === 'aggregates' && <PublishedFigures runner={runner} />}
    </section>
  );
}
