import type { BreakdownFilter } from '../../model/event-source';

interface Props {
  readonly filters: readonly BreakdownFilter[];
  readonly onRemove: (label: string) => void;
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
          key={filter.label}
          className="chip"
          onClick={() => onRemove(filter.label)}
          title="Remove this filter"
        >
          {filter.label}: {filter.value} ×
        </button>
      ))}
    </p>
  );
}
