import type { BreakdownFilter } from '../../model/event-source';

interface Props {
  readonly filters: readonly BreakdownFilter[];
  readonly onRemove: (column: string) => void;
}

/** The breakdown values the whole view is filtered to, each removable. */
export function FilterChips({ filters, onRemove }: Props) {
  if (filters.length === 0) return <p className="filters">Showing all records.</p>;
  return (
    <p className="filters" data-testid="filters">
      Filtered to{' '}
      {filters.map((filter) => (
        <button
          type="button"
          key={filter.column}
          className="chip"
          onClick={() => onRemove(filter.column)}
          title="Remove this filter"
        >
          {filter.column}: {filter.value} ×
        </button>
      ))}
    </p>
  );
}
