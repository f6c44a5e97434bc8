import type { QueryRunner } from '../../engine/query-runner';
import type { MetricDefinition } from '../../metrics/metric';
import type { ProgramSettings } from '../../model/programs';
import type { SharingRule } from '../shared/sharing-rule';
import { Suppressible } from '../shared/Suppressible';
import { useAsyncResult } from '../shared/useAsyncResult';
import { loadPilot } from './load-pilot';
import { PilotChart } from './PilotChart';
import { PilotStatement } from './PilotStatement';
import { formatChange, PilotTable } from './PilotTable';
import { suppressPilot } from './pilot-suppression';
import type { PilotWindows } from './pilot-windows';

interface Props {
  readonly runner: QueryRunner;
  readonly sourceKey: string;
  readonly definition: MetricDefinition;
  readonly program: ProgramSettings;
  readonly windows: PilotWindows;
  readonly onlyProgram: boolean;
  readonly sharing: SharingRule;
}

/** The estimate, the chart and the statement for one program, measure and windows. */
export function PilotReadingPanel(props: Props) {
  const { definition, program, windows } = props;
  const key = JSON.stringify([
    props.sourceKey,
    definition.id,
    program,
    windows,
    props.onlyProgram,
  ]);
  const result = useAsyncResult(key, () =>
    loadPilot(props.runner, definition, program, windows, props.onlyProgram),
  );
  if (result.status === 'failed') throw result.error;
  if (result.status === 'loading')
    return <p role="status">Computing the pilot figures…</p>;
  const { estimate, months } = result.value;
  const unit = definition.unit;
  const { preset, onScreen } = props.sharing;
  const suppression = suppressPilot(estimate, unit, preset);

  return (
    <>
      <PilotTable
        estimate={estimate}
        unit={unit}
        windows={windows}
        pilotAreas={program.pilotAreas}
        comparisonAreas={program.comparisonAreas}
        suppression={suppression}
        onScreen={onScreen}
      />
      <p data-testid="pilot-did">
        <strong>Difference-in-differences: </strong>
        <Suppressible hidden={suppression.effect} onScreen={onScreen}>
          {estimate.effectScale === 'points'
            ? `${formatChange(estimate.effect, 'percent')} — ` +
              "the pilot areas' change minus the comparison areas' change " +
              '(Newcombe intervals combined by MOVER).'
            : `${formatChange(estimate.effect, 'count')} — ` +
              "the pilot areas' change divided by the comparison areas' change " +
              '(ratio of rate ratios).'}
          {estimate.rateDifference &&
            ` As a difference of rates: ${estimate.rateDifference.estimate.toFixed(1)} ` +
              `per 1,000 (95% CI ${estimate.rateDifference.lower.toFixed(1)} ` +
              `to ${estimate.rateDifference.upper.toFixed(1)}).`}
        </Suppressible>
      </p>
      <PilotChart
        months={months}
        launchDate={program.launchDate!}
        caption={`${definition.name} by month, pilot and comparison areas`}
        sharing={props.sharing}
      />
      <PilotStatement
        definition={definition}
        estimate={estimate}
        windows={windows}
        programName={program.name}
        effectHidden={suppression.effect}
        onScreen={onScreen}
      />
    </>
  );
}
