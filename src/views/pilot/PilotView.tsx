import { useState } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { metricById } from '../../metrics/registry';
import type { ProgramSettings } from '../../model/programs';
import { sharingRule, suppressionNote, type SharingRule } from '../shared/sharing-rule';
import { useWorkspaceExtent } from '../shared/useWorkspaceExtent';
import { hasData, type WorkspaceExtent } from '../shared/workspace-extent';
import type { ScreenProps } from '../tabs';
import { PilotReadingPanel } from './PilotReadingPanel';
import { PILOT_METRIC_IDS } from './pilot-metrics';
import { availablePilotMonths, windowsOfLength } from './pilot-windows';
import '../views.css';
import { SyntheticBadge } from '../shared/SyntheticBadge';

type Props = Pick<ScreenProps, 'runner' | 'source' | 'settings'>;

/** Programs that can be judged as a pilot: areas on both sides and a launch date. */
export function pilotPrograms(programs: readonly ProgramSettings[]): ProgramSettings[] {
  return programs.filter(
    (program) =>
      program.launchDate !== undefined &&
      program.pilotAreas.length > 0 &&
      program.comparisonAreas.length > 0,
  );
}

/** The funder's view: a pilot before and after launch against comparison areas. */
export function PilotView({ runner, source, settings }: Props) {
  const extent = useWorkspaceExtent(runner, source.id);
  if (extent.status === 'failed') throw extent.error;
  if (extent.status === 'loading') return <p role="status">Reading the workspace…</p>;
  const programs = pilotPrograms(settings.programs);
  if (programs.length === 0) {
    return (
      <p>
        No program has a launch date, pilot areas and comparison areas yet. Set them on
        the Programs screen.
      </p>
    );
  }
  return (
    <PilotChooser
      runner={runner}
      source={source}
      programs={programs}
      extent={extent.value}
      sharing={sharingRule(settings)}
    />
  );
}

function PilotChooser(
  props: Pick<Props, 'runner' | 'source'> & {
    programs: readonly ProgramSettings[];
    extent: WorkspaceExtent;
    sharing: SharingRule;
  },
) {
  const [programName, setProgramName] = useState(props.programs[0]!.name);
  const [metricId, setMetricId] = useState(PILOT_METRIC_IDS[0]!);
  const [chosenMonths, setChosenMonths] = useState<number | null>(null);
  const [onlyProgram, setOnlyProgram] = useState(true);
  const program =
    props.programs.find((p) => p.name === programName) ?? props.programs[0]!;
  const metrics = PILOT_METRIC_IDS.map((id) => metricById(id)!).filter((definition) =>
    hasData(props.extent, definition.datasets, definition.requires),
  );
  const definition = metrics.find((m) => m.id === metricId) ?? metrics[0];
  const first = props.extent.datasets.map((d) => d.firstDate).sort()[0] ?? '';
  const maxMonths = availablePilotMonths(
    program.launchDate!,
    first,
    props.extent.lastDataDate ?? '',
  );
  const months = Math.min(chosenMonths ?? maxMonths, maxMonths);

  return (
    <section className="pilot-view" aria-label="Pilot results">
      <header className="view-header">
        <h2>
          Pilot results: {program.name}
          <SyntheticBadge synthetic={props.source.synthetic} />
        </h2>
        <p>
          Launched {program.launchDate} in {program.pilotAreas.join(', ')}; compared with{' '}
          {program.comparisonAreas.join(', ')}.
        </p>
        <div className="controls no-print">
          <label>
            Program{' '}
            <select
              name="pilot-program"
              value={program.name}
              onChange={(e) => setProgramName(e.target.value)}
            >
              {props.programs.map((p) => (
                <option key={p.name}>{p.name}</option>
              ))}
            </select>
          </label>
          <label>
            Measure{' '}
            <select
              name="pilot-metric"
              value={definition?.id}
              onChange={(e) => setMetricId(e.target.value)}
            >
              {metrics.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Months each side{' '}
            <select
              name="pilot-months"
              value={months}
              onChange={(e) => setChosenMonths(Number(e.target.value))}
            >
              {Array.from({ length: maxMonths }, (_, index) => maxMonths - index).map(
                (n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ),
              )}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={onlyProgram}
              onChange={(e) => setOnlyProgram(e.target.checked)}
            />{' '}
            Only this program’s records
          </label>
          <button type="button" onClick={() => globalThis.print()}>
            Print
          </button>
        </div>
        <p className="note" data-testid="suppression-note">
          {suppressionNote(props.sharing)}
        </p>
      </header>
      {maxMonths === 0 || !definition ? (
        <p>The data does not hold a whole month on each side of the launch date.</p>
      ) : (
        <ErrorBoundary area="Pilot results">
          <PilotReadingPanel
            runner={props.runner}
            sourceKey={props.source.id}
            definition={definition}
            program={program}
            windows={windowsOfLength(program.launchDate!, months)}
            onlyProgram={onlyProgram}
            sharing={props.sharing}
          />
        </ErrorBoundary>
      )}
    </section>
  );
}
