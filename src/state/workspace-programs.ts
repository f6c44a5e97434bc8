/**
 * Program settings as a JSON file the user can export and import, and the checked
 * reader the workspace snapshot also uses.
 */
import { meetsRule, ruleWords } from '../metrics/options';
import { numberOptionSpecs } from '../metrics/option-specs';
import type { ProgramKind, ProgramSettings } from '../model/programs';
import { WorkspaceError } from './workspace-errors';
import {
  JsonShapeError,
  parseJsonText,
  readArray,
  readInteger,
  readIsoDate,
  readName,
  readNumber,
  readObject,
  readString,
} from './workspace-json';

const FORMAT = 'outcomestat-programs';
const VERSION = 1;

// `satisfies` makes tsc fail here when a kind is added to ProgramKind and not listed.
const PROGRAM_KINDS = {
  crisis_intervention: true,
  co_responder: true,
  homeless_outreach: true,
  juvenile_diversion: true,
  reentry: true,
} as const satisfies Record<ProgramKind, true>;

const FOLLOW_UP_MONTHS = [6, 12, 24, 36] as const;

function readKind(value: unknown, path: string): ProgramKind {
  const kind = readString(value, path);
  if (!Object.hasOwn(PROGRAM_KINDS, kind))
    throw new JsonShapeError(path, `one of ${Object.keys(PROGRAM_KINDS).join(', ')}`);
  return kind as ProgramKind;
}

function readFollowUp(value: unknown, path: string): ProgramSettings['followUpMonths'] {
  const months = readNumber(value, path);
  const allowed = FOLLOW_UP_MONTHS.find((option) => option === months);
  if (allowed === undefined) throw new JsonShapeError(path, '6, 12, 24 or 36');
  return allowed;
}

// Targets and metric options are both metric-keyed numbers.
function readTargets(value: unknown, path: string): Record<string, number> {
  const record = readObject(value, path);
  return Object.fromEntries(
    Object.entries(record).map(([id, target]) => [
      id,
      readNumber(target, `${path}.${id}`),
    ]),
  );
}

// A file is refused here, not when a view first asks the metric, so an out-of-range
// option never reaches the settings every view reads. Unknown keys are kept: no
// metric reads them (optionsRead), and a newer registry may.
function checkMetricOptions(program: ProgramSettings, path: string): void {
  const specs = numberOptionSpecs();
  for (const [key, value] of Object.entries(program.metricOptions ?? {})) {
    const spec = specs.get(key);
    if (spec && !meetsRule(value, spec.rule))
      throw new JsonShapeError(`${path}.metricOptions.${key}`, ruleWords(spec.rule));
  }
}

/** Reads one ProgramSettings from untrusted JSON, or throws a JsonShapeError. */
export function readProgramSettings(value: unknown, path: string): ProgramSettings {
  const record = readObject(value, path);
  const readAreas = (key: string) => readArray(record[key], `${path}.${key}`, readName);

  return {
    name: readName(record.name, `${path}.name`),
    kind: readKind(record.kind, `${path}.kind`),
    ...(record.launchDate === undefined
      ? {}
      : { launchDate: readIsoDate(record.launchDate, `${path}.launchDate`) }),
    pilotAreas: readAreas('pilotAreas'),
    comparisonAreas: readAreas('comparisonAreas'),
    targets: readTargets(record.targets, `${path}.targets`),
    ...(record.metricOptions === undefined
      ? {}
      : { metricOptions: readTargets(record.metricOptions, `${path}.metricOptions`) }),
    ...(record.followUpMonths === undefined
      ? {}
      : {
          followUpMonths: readFollowUp(record.followUpMonths, `${path}.followUpMonths`),
        }),
    fiscalYearStartMonth: readInteger(
      record.fiscalYearStartMonth,
      `${path}.fiscalYearStartMonth`,
      1,
      12,
    ),
  };
}

/** Serialises program settings as a versioned JSON file. */
export function programsToJSON(programs: readonly ProgramSettings[]): string {
  return JSON.stringify({ format: FORMAT, version: VERSION, programs }, null, 2);
}

/** Reads a program settings file, throwing a WorkspaceError that names the bad value. */
export function programsFromJSON(text: string): ProgramSettings[] {
  try {
    const file = readObject(parseJsonText(text, 'The file'), 'The file');
    if (file.format !== FORMAT)
      throw new WorkspaceError(
        'invalid-programs',
        'This is not an OutcomeStat program settings file.',
      );
    if (file.version !== VERSION)
      throw new WorkspaceError(
        'unsupported-version',
        `This program settings file has version ${String(file.version)}; ` +
          `this version of OutcomeStat reads version ${VERSION}.`,
      );
    const programs = readArray(file.programs, 'programs', readProgramSettings);
    programs.forEach((program, index) => {
      checkMetricOptions(program, `programs[${index}]`);
    });
    return programs;
  } catch (error) {
    if (error instanceof JsonShapeError)
      throw new WorkspaceError(
        'invalid-programs',
        `The program settings file cannot be used: ${error.message}.`,
        { cause: error },
      );
    throw error;
  }
}
