import type { AsyncResult } from '../shared/useAsyncResult';
import type { CompStatSection } from './compstat-metrics';
import { CompStatTable } from './CompStatTable';
import type { LoadedLine } from './load-compstat';

/** '' for key measures only, 'all' for every family, else one family's title. */
export type FamilyChoice = string;

interface Props {
  /** Families with at least one line whose datasets hold records. */
  readonly sections: readonly CompStatSection[];
  readonly choice: FamilyChoice;
  readonly onChoice: (choice: FamilyChoice) => void;
  readonly loaded: AsyncResult<LoadedLine[]> | null;
  readonly currentLabel: string;
  readonly suppressOnScreen: boolean;
  readonly targets?: Readonly<Record<string, number>>;
}

/** The sections a choice shows. */
export function chosenSections(
  sections: readonly CompStatSection[],
  choice: FamilyChoice,
): readonly CompStatSection[] {
  if (choice === '') return [];
  return choice === 'all' ? sections : sections.filter((s) => s.title === choice);
}

/** Every other registry measure, one table per family, for the families chosen. */
export function MoreMeasures(props: Props) {
  if (props.sections.length === 0) return null;
  if (props.loaded?.status === 'failed') throw props.loaded.error;
  const shown = chosenSections(props.sections, props.choice);
  const lines = props.loaded?.status === 'done' ? props.loaded.value : [];
  return (
    <section className="compstat-more" aria-label="All measures">
      <div className="controls no-print">
        <label>
          All measures{' '}
          <select
            name="family"
            value={props.choice}
            onChange={(e) => props.onChoice(e.target.value)}
          >
            <option value="">Key measures only</option>
            <option value="all">Every family</option>
            {props.sections.map((section) => (
              <option key={section.title} value={section.title}>
                {section.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      {props.loaded?.status === 'loading' && (
        <p role="status">Computing the other measures…</p>
      )}
      {props.loaded?.status === 'done' &&
        shown.map((section) => {
          const ids = new Set(section.lines.map((line) => line.metricId));
          return (
            <div key={section.title} className="compstat-family">
              <h3>{section.title}</h3>
              <CompStatTable
                rows={lines.filter((l) => ids.has(l.row.definition.id)).map((l) => l.row)}
                currentLabel={props.currentLabel}
                priorLabel="Same window a year earlier"
                suppressOnScreen={props.suppressOnScreen}
                targets={props.targets}
                testId="compstat-family-table"
              />
            </div>
          );
        })}
    </section>
  );
}
