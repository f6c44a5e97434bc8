import { useState } from 'react';
import type { QueryRunner } from '../../engine/query-runner';
import { metricById } from '../../metrics/registry';
import type { WorkspaceSettings } from '../../model/workspace-settings';
import { useAsyncResult } from '../shared/useAsyncResult';
import type { WorkspaceExtent } from '../shared/workspace-extent';
import type { CompStatLine } from './compstat-metrics';
import { CompStatTable } from './CompStatTable';
import { breakdownColumns, loadBreakdown } from './load-breakdown';
import type { CompStatQuery } from './load-compstat';

interface Props {
  readonly runner: QueryRunner;
  readonly settings: WorkspaceSettings;
  readonly extent: WorkspaceExtent;
  readonly query: CompStatQuery;
  /** The lines on offer: every line the screen can show. */
  readonly lines: readonly CompStatLine[];
  readonly sourceKey: string;
}

const columnWords = (column: string) => column.replaceAll('_', ' ');

/** One chosen line by one of its breakdowns, the window against a year earlier. */
export function LineBreakdown(props: Props) {
  const [metricId, setMetricId] = useState(props.lines[0]?.metricId ?? '');
  const line = props.lines.find((l) => l.metricId === metricId) ?? props.lines[0];
  const columns = line ? breakdownColumns(line) : [];
  const [chosen, setColumn] = useState('');
  // The printed report carries a breakdown only once someone has asked for one.
  const [asked, setAsked] = useState(false);
  const column = columns.includes(chosen) ? chosen : (columns[0] ?? '');
  const key = line
    ? JSON.stringify([props.sourceKey, props.query, line, column, props.settings])
    : null;
  const loaded = useAsyncResult(key, () =>
    loadBreakdown(props.runner, props.settings, props.extent, props.query, line!, column),
  );
  if (loaded.status === 'failed') throw loaded.error;
  if (!line) return null;

  return (
    <section
      className={asked ? 'compstat-breakdown' : 'compstat-breakdown no-print'}
      aria-label="Breakdown"
    >
      <h3>Breakdown</h3>
      <div className="controls no-print">
        <label>
          Measure{' '}
          <select
            name="breakdown-measure"
            value={line.metricId}
            onChange={(e) => {
              setMetricId(e.target.value);
              setAsked(true);
            }}
          >
            {props.lines.map((l) => (
              <option key={l.metricId} value={l.metricId}>
                {l.label ?? metricById(l.metricId)?.name ?? l.metricId}
              </option>
            ))}
          </select>
        </label>
        <label>
          By{' '}
          <select
            name="breakdown-column"
            value={column}
            onChange={(e) => {
              setColumn(e.target.value);
              setAsked(true);
            }}
          >
            {columns.map((c) => (
              <option key={c} value={c}>
                {columnWords(c)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {loaded.status === 'loading' ? (
        <p role="status">Computing the breakdown…</p>
      ) : (
        <CompStatTable
          rows={loaded.value}
          currentLabel="This window"
          priorLabel="Same window a year earlier"
          suppressOnScreen={props.settings.suppressOnScreen}
          groupHeader={columnWords(column)}
          testId="compstat-breakdown"
        />
      )}
      <p className="note">
        Groups are suppressed as one table with their totals, so a small group also hides
        another and cannot be worked back from the measure’s total.
      </p>
    </section>
  );
}
