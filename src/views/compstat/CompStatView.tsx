import { useState } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { compStatWindow, todayIn, type CompStatWindowKind } from '../../metrics/periods';
import { metricOptionValues } from '../../model/workspace-settings';
import { SUPPRESSION_PRESETS } from '../../stats';
import { toCSV } from '../../export/csv';
import { downloadText } from '../shared/download';
import { sharingRule } from '../shared/sharing-rule';
import { ProgramAreaFilters, programAreaFilters } from '../shared/ProgramAreaFilters';
import { useAsyncResult } from '../shared/useAsyncResult';
import { useWorkspaceExtent } from '../shared/useWorkspaceExtent';
import {
  hasData,
  lastCompleteDay,
  type WorkspaceExtent,
} from '../shared/workspace-extent';
import type { ScreenProps } from '../tabs';
import { FAMILY_SECTIONS } from './compstat-metrics';
import { compStatCSVRows } from './compstat-csv';
import { CompStatTable } from './CompStatTable';
import { availableLines, loadCompStat } from './load-compstat';
import { JuvenileBenchmarkPanel } from './JuvenileBenchmarkPanel';
import { LineBreakdown } from './LineBreakdown';
import { chosenSections, MoreMeasures, type FamilyChoice } from './MoreMeasures';
import { TrendPanel } from './TrendPanel';
import { UndatedFigures } from './UndatedFigures';
import { rangeLabel, shortWindowHint, WINDOW_CHOICES } from './windows';
import '../views.css';
import { SyntheticBadge } from '../shared/SyntheticBadge';

type Props = Pick<ScreenProps, 'runner' | 'source' | 'settings'>;

/** The chief's CompStat review: key measures this window against a year earlier. */
export function CompStatView(props: Props) {
  const extent = useWorkspaceExtent(props.runner, props.source.id);
  if (extent.status === 'failed') throw extent.error;
  if (extent.status === 'loading') return <p role="status">Reading the workspace…</p>;
  if (extent.value.lastDataDate === null) {
    return (
      <UndatedFigures
        runner={props.runner}
        settings={props.settings}
        extent={extent.value}
      />
    );
  }
  return <CompStatReview {...props} extent={extent.value} />;
}

function CompStatReview({
  runner,
  source,
  settings,
  extent,
}: Props & { extent: WorkspaceExtent }) {
  const [kind, setKind] = useState<CompStatWindowKind>('month');
  const [program, setProgram] = useState('');
  const [area, setArea] = useState('');
  const [family, setFamily] = useState<FamilyChoice>('');
  const lastDataDate = extent.lastDataDate!;
  const today = todayIn(settings.timeZone);
  const asOf = lastCompleteDay(lastDataDate, today);
  const filters = programAreaFilters(program, area);
  const chosenProgram = settings.programs.find((p) => p.name === program);
  const followUpMonths = chosenProgram?.followUpMonths ?? 12;
  const metricOptions = metricOptionValues(settings, program);
  const query = { kind, asOf, filters, followUpMonths, metricOptions };
  const key = JSON.stringify([
    source.id,
    query,
    settings.suppression,
    settings.fiscalYearStartMonth,
  ]);
  const loaded = useAsyncResult(key, () => loadCompStat(runner, settings, extent, query));
  if (loaded.status === 'failed') throw loaded.error;
  const families = FAMILY_SECTIONS.map((section) => ({
    ...section,
    lines: availableLines(extent, section.lines),
  })).filter((section) => section.lines.length > 0);
  const moreLines = chosenSections(families, family).flatMap((s) => s.lines);
  const more = useAsyncResult(moreLines.length ? `${key}|${family}` : null, () =>
    loadCompStat(runner, settings, extent, query, moreLines),
  );
  const shownMore = moreLines.length && more.status !== 'loading' ? more : null;
  const everyLine = [...availableLines(extent), ...families.flatMap((s) => s.lines)];
  const lineIds = everyLine.map((line) => line.metricId);
  const hasBenchmark =
    lineIds.includes('juvenile_arrest_rate') && hasData(extent, ['aggregates']);
  // Juvenile arrests and published rates without a youth population: say what is missing.
  const benchmarkNeedsPopulation =
    !hasBenchmark &&
    lineIds.includes('juvenile_arrests') &&
    hasData(extent, ['aggregates']);

  const range = compStatWindow(kind, asOf);
  const shortHint = shortWindowHint(kind, range.current);
  const choice = WINDOW_CHOICES.find((option) => option.kind === kind)!;
  const download = () => {
    if (loaded.status !== 'done') return;
    const extra = shownMore?.status === 'done' ? shownMore.value : [];
    const lines = [...loaded.value, ...extra].map(({ row, window: read }) => ({
      row,
      ...read,
    }));
    downloadText(
      `compstat-${kind}-${asOf}.csv`,
      toCSV(compStatCSVRows(lines, chosenProgram?.targets)),
      'text/csv',
    );
  };

  return (
    <section className="compstat-view report" aria-label="CompStat">
      <header className="view-header">
        <h2>
          CompStat: {choice.label.toLowerCase()} as of {asOf}
          <SyntheticBadge synthetic={source.synthetic} />
        </h2>
        <p>
          Each measure for {rangeLabel(range.current)} against the same window a year
          earlier ({rangeLabel(range.prior)}). Data runs to {lastDataDate}
          {asOf !== lastDataDate && '; today is still arriving, so it is left out'}.{' '}
          {program || 'All programs'}, {area || 'all areas'}.
        </p>
        {shortHint && (
          <p className="hint no-print" data-testid="short-window">
            {shortHint}
          </p>
        )}
        <div className="controls no-print">
          <div role="radiogroup" aria-label="Window" className="segmented">
            {WINDOW_CHOICES.map((option) => (
              <button
                type="button"
                role="radio"
                key={option.kind}
                aria-checked={option.kind === kind}
                onClick={() => setKind(option.kind)}
              >
                {option.label}
              </button>
            ))}
          </div>
          <button type="button" onClick={download} disabled={loaded.status !== 'done'}>
            Download CSV
          </button>
          <button type="button" onClick={() => globalThis.print()}>
            Print report
          </button>
        </div>
        <div className="no-print">
          <ProgramAreaFilters
            programs={settings.programs.map((p) => p.name)}
            areas={extent.areas}
            program={program}
            area={area}
            onProgram={setProgram}
            onArea={setArea}
          />
        </div>
      </header>
      <ErrorBoundary area="CompStat table">
        {loaded.status === 'loading' ? (
          <p role="status">Computing CompStat figures…</p>
        ) : (
          <CompStatTable
            rows={loaded.value.map((line) => line.row)}
            currentLabel={`This ${choice.label.toLowerCase()}`}
            priorLabel="Same window a year earlier"
            suppressOnScreen={settings.suppressOnScreen}
            targets={chosenProgram?.targets}
          />
        )}
      </ErrorBoundary>
      <ErrorBoundary area="All measures">
        <MoreMeasures
          sections={families}
          choice={family}
          onChoice={setFamily}
          loaded={moreLines.length ? more : null}
          currentLabel={`This ${choice.label.toLowerCase()}`}
          suppressOnScreen={settings.suppressOnScreen}
          targets={chosenProgram?.targets}
        />
      </ErrorBoundary>
      {benchmarkNeedsPopulation && (
        <p className="note" data-testid="benchmark-needs-population">
          To set the juvenile arrest rate beside a published rate, import a youth
          population too (dataset <code>population</code>: year, area, age group such as{' '}
          <code>youth 10-17</code>, population).
        </p>
      )}
      {hasBenchmark && (
        <ErrorBoundary area="Juvenile benchmark">
          <JuvenileBenchmarkPanel
            runner={runner}
            settings={settings}
            query={query}
            sourceKey={source.id}
          />
        </ErrorBoundary>
      )}
      <ErrorBoundary area="Breakdown">
        <LineBreakdown
          runner={runner}
          settings={settings}
          extent={extent}
          query={query}
          lines={everyLine}
          sourceKey={source.id}
        />
      </ErrorBoundary>
      <p className="note">
        A change is “up” or “down” only when its 95% interval excludes no change; a
        percentage is shown only from a prior count of at least the measure’s minimum (5).
        Beside each change is its 95% interval: the rate ratio (current ÷ prior) for
        counts and rates, the difference in points for shares. Medians are not tested.
        Rates and shares from 20 or fewer events are marked unstable. Recidivism compares
        release cohorts whose whole follow-up lies inside the data; yearly rates compare
        the last whole calendar year with the one before. Counts from 1 to{' '}
        {SUPPRESSION_PRESETS[settings.suppression].largest} are suppressed in print and
        CSV{settings.suppressOnScreen ? ' and on screen' : ''}.
      </p>
      <div className="no-print">
        <ErrorBoundary area="Trend chart">
          <TrendPanel
            runner={runner}
            lines={availableLines(extent)}
            filters={filters}
            fiscalYearStartMonth={settings.fiscalYearStartMonth}
            lastDataDate={lastDataDate}
            extent={extent}
            today={today}
            followUpMonths={followUpMonths}
            metricOptions={metricOptions}
            sourceKey={source.id}
            sharing={sharingRule(settings)}
          />
        </ErrorBoundary>
      </div>
    </section>
  );
}
