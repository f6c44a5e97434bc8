import type { Filter } from '../../metrics/metric';

interface Props {
  readonly programs: readonly string[];
  readonly areas: readonly string[];
  readonly program: string;
  readonly area: string;
  readonly onProgram: (program: string) => void;
  readonly onArea: (area: string) => void;
}

/** Program and area choosers; an empty choice means all. */
export function ProgramAreaFilters(props: Props) {
  return (
    <div className="controls filters-row">
      <label>
        Program{' '}
        <select
          name="program"
          value={props.program}
          onChange={(event) => props.onProgram(event.target.value)}
        >
          <option value="">All programs</option>
          {props.programs.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      <label>
        Area{' '}
        <select
          name="area"
          value={props.area}
          onChange={(event) => props.onArea(event.target.value)}
        >
          <option value="">All areas</option>
          {props.areas.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** The metric filters for a chosen program and area. */
export function programAreaFilters(program: string, area: string): Filter[] {
  return [
    ...(program ? [{ column: 'program', value: program }] : []),
    ...(area ? [{ column: 'area', value: area }] : []),
  ];
}
