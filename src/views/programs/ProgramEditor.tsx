import { useState } from 'react';
import { METRICS, metricById } from '../../metrics/registry';
import type { ProgramKind, ProgramSettings } from '../../model/programs';
import {
  assignArea,
  FOLLOW_UP_CHOICES,
  PROGRAM_KINDS,
  setFollowUp,
  setLaunchDate,
  setTarget,
} from './program-edit';
import { MetricOptionsEditor } from './MetricOptionsEditor';
import { MonthSelect } from './MonthSelect';

interface Props {
  readonly program: ProgramSettings;
  readonly areas: readonly string[];
  readonly onChange: (program: ProgramSettings) => void;
  readonly onRemove: () => void;
}

function roleOf(program: ProgramSettings, area: string) {
  if (program.pilotAreas.includes(area)) return 'pilot';
  return program.comparisonAreas.includes(area) ? 'comparison' : 'none';
}

/** One program's settings as a form; every edit goes straight to the draft. */
export function ProgramEditor({ program, areas, onChange, onRemove }: Props) {
  const [newTarget, setNewTarget] = useState(METRICS[0]!.id);
  // Areas named by the program but absent from the data stay visible, so none is lost.
  const shown = [
    ...new Set([...areas, ...program.pilotAreas, ...program.comparisonAreas]),
  ];
  const followUp = program.followUpMonths;

  return (
    <fieldset className="program-editor" aria-label={`Program ${program.name}`}>
      <div className="form-grid">
        <label htmlFor={`${program.name}-name`}>Name</label>
        <input
          id={`${program.name}-name`}
          name="program-name"
          value={program.name}
          onChange={(e) => onChange({ ...program, name: e.target.value })}
        />
        <label htmlFor={`${program.name}-kind`}>Kind</label>
        <select
          id={`${program.name}-kind`}
          value={program.kind}
          onChange={(e) => onChange({ ...program, kind: e.target.value as ProgramKind })}
        >
          {PROGRAM_KINDS.map((option) => (
            <option key={option.kind} value={option.kind}>
              {option.label}
            </option>
          ))}
        </select>
        <label htmlFor={`${program.name}-launch`}>Launch date</label>
        <input
          id={`${program.name}-launch`}
          type="date"
          name="launch-date"
          value={program.launchDate ?? ''}
          onChange={(e) => onChange(setLaunchDate(program, e.target.value))}
        />
        <label htmlFor={`${program.name}-follow-up`}>Follow-up window</label>
        <select
          id={`${program.name}-follow-up`}
          value={followUp ?? ''}
          onChange={(e) => onChange(setFollowUp(program, Number(e.target.value)))}
        >
          <option value="">Not set</option>
          {FOLLOW_UP_CHOICES.map((months) => (
            <option key={months} value={months}>
              {months} months
            </option>
          ))}
        </select>
        <label htmlFor={`${program.name}-fiscal`}>Fiscal year starts</label>
        <MonthSelect
          id={`${program.name}-fiscal`}
          value={program.fiscalYearStartMonth}
          onChange={(month) => onChange({ ...program, fiscalYearStartMonth: month })}
        />
      </div>
      <fieldset>
        <legend>Areas (pilot areas get the program; comparison areas do not)</legend>
        <table className="pilot-table">
          <thead>
            <tr>
              <th>Area</th>
              <th>Pilot</th>
              <th>Comparison</th>
              <th>Neither</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((area) => (
              <tr key={area} data-area={area}>
                <th scope="row">{area}</th>
                {(['pilot', 'comparison', 'none'] as const).map((role) => (
                  <td key={role}>
                    <input
                      type="radio"
                      name={`${program.name}-${area}`}
                      aria-label={`${area}: ${role}`}
                      checked={roleOf(program, area) === role}
                      onChange={() => onChange(assignArea(program, area, role))}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <fieldset>
        <legend>Targets, in each measure’s unit</legend>
        {Object.entries(program.targets).map(([id, value]) => (
          <div className="controls" key={id}>
            <label>
              {metricById(id)?.name ?? `${id} (not a known measure)`}{' '}
              <input
                type="number"
                step="any"
                value={value}
                aria-label={`Target for ${id}`}
                onChange={(e) =>
                  e.target.value !== '' &&
                  Number.isFinite(Number(e.target.value)) &&
                  onChange(setTarget(program, id, Number(e.target.value)))
                }
              />
            </label>
            <button type="button" onClick={() => onChange(setTarget(program, id, null))}>
              Remove
            </button>
          </div>
        ))}
        <div className="controls">
          <select
            aria-label="Measure for a new target"
            value={newTarget}
            onChange={(e) => setNewTarget(e.target.value)}
          >
            {METRICS.filter((m) => !(m.id in program.targets)).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() =>
              onChange(
                setTarget(program, newTarget, metricById(newTarget)?.defaultTarget ?? 0),
              )
            }
          >
            Add target
          </button>
        </div>
        <p className="note">
          Targets show beside each measure on CompStat for this program.
        </p>
      </fieldset>
      <MetricOptionsEditor
        idPrefix={`program-${program.name}`}
        values={program.metricOptions}
        fallbackWords="the workspace’s value, else the default shown"
        onChange={(metricOptions) => onChange({ ...program, metricOptions })}
      />
      <button type="button" onClick={onRemove}>
        Remove this program
      </button>
    </fieldset>
  );
}
