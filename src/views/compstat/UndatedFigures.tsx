import type { QueryRunner } from '../../engine/query-runner';
import { existingTablesQuery, fiscalYearReleasesQuery } from '../../metrics/data-extent';
import type { WorkspaceSettings } from '../../model/workspace-settings';
import { useAsyncResult } from '../shared/useAsyncResult';
import { PublishedFigures } from '../published/PublishedFigures';
import { sharingRule } from '../shared/sharing-rule';
import type { WorkspaceExtent } from '../shared/workspace-extent';
import { FiscalYearRecidivism, startingFollowUp } from './FiscalYearRecidivism';

interface Props {
  readonly runner: QueryRunner;
  readonly settings: WorkspaceSettings;
  readonly extent: WorkspaceExtent;
}

/**
 * CompStat of a workspace with no dated records: it has no window to compare, so it
 * shows what the records can give by their own periods (fiscal-year release cohorts,
 * published figures).
 */
export function UndatedFigures({ runner, settings, extent }: Props) {
  const releases = useAsyncResult('fiscal-year-releases', async () => {
    const tables = await runner.rows(existingTablesQuery());
    if (!tables.some((t) => t.table_name === 'releases')) return [];
    return runner.rows(fiscalYearReleasesQuery());
  });
  if (releases.status === 'failed') throw releases.error;
  if (releases.status === 'loading') return <p role="status">Reading the workspace…</p>;
  const [row] = releases.value;
  const fiscalOnly = Number(row?.records ?? 0) > 0;
  const carried = row?.follow_up === null ? null : Number(row?.follow_up);
  const published = (extent.reference ?? []).some((d) => d.dataset === 'aggregates');

  return (
    <section className="compstat-view report" aria-label="CompStat">
      <header className="view-header">
        <h2>CompStat</h2>
        <p>
          The workspace holds no dated records, so there is no week, 28 days, month or
          year to date to compare.
          {fiscalOnly || published ? ' What its records give by their own periods:' : ''}
        </p>
      </header>
      {fiscalOnly && (
        <FiscalYearRecidivism
          runner={runner}
          fiscalYearStartMonth={settings.fiscalYearStartMonth}
          followUpMonths={startingFollowUp(
            settings.programs.map((p) => p.followUpMonths),
            carried,
          )}
          sharing={sharingRule(settings)}
        />
      )}
      {published && <PublishedFigures runner={runner} />}
      {!fiscalOnly && !published && <p>Import an export with dates first.</p>}
    </section>
  );
}
