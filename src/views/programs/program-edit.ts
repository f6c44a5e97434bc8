/**
 * Pure edits of program settings for the Programs screen, and reading a program
 * settings file into either programs or a message the user can act on.
 */
import type { ProgramKind, ProgramSettings } from '../../model/programs';
import { programsFromJSON } from '../../state/workspace-programs';

/** Program kinds with the words the screen shows. */
export const PROGRAM_KINDS: readonly { kind: ProgramKind; label: string }[] = [
  { kind: 'crisis_intervention', label: 'Crisis intervention team' },
  { kind: 'co_responder', label: 'Co-responder' },
  { kind: 'homeless_outreach', label: 'Homeless outreach' },
  { kind: 'juvenile_diversion', label: 'Juvenile diversion' },
  { kind: 'reentry', label: 'Reentry' },
];

/** Follow-up windows a program may choose. */
export const FOLLOW_UP_CHOICES = [6, 12, 24, 36] as const;

/** A new program with nothing set beyond its name and the workspace's fiscal start. */
export function newProgram(name: string, fiscalYearStartMonth: number): ProgramSettings {
  return {
    name,
    kind: 'co_responder',
    pilotAreas: [],
    comparisonAreas: [],
    targets: {},
    fiscalYearStartMonth,
  };
}

/**
 * Puts an area in the pilot or comparison list, taking it out of the other: an area
 * cannot be compared with itself.
 */
export function assignArea(
  program: ProgramSettings,
  area: string,
  role: 'pilot' | 'comparison' | 'none',
): ProgramSettings {
  const without = (areas: readonly string[]) => areas.filter((a) => a !== area);
  return {
    ...program,
    pilotAreas:
      role === 'pilot'
        ? [...without(program.pilotAreas), area]
        : without(program.pilotAreas),
    comparisonAreas:
      role === 'comparison'
        ? [...without(program.comparisonAreas), area]
        : without(program.comparisonAreas),
  };
}

/** Sets a target for a metric, or removes it when the value is null. */
export function setTarget(
  program: ProgramSettings,
  metricId: string,
  value: number | null,
): ProgramSettings {
  const targets = Object.fromEntries(
    Object.entries(program.targets).filter(([id]) => id !== metricId),
  );
  return {
    ...program,
    targets: value === null ? targets : { ...targets, [metricId]: value },
  };
}

/** The message for names that are empty or used twice, or null when all are fine. */
export function namesProblem(programs: readonly ProgramSettings[]): string | null {
  const names = programs.map((program) => program.name.trim());
  if (names.some((name) => name === '')) return 'Every program needs a name.';
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  return repeated ? `Two programs are called “${repeated}”; names must differ.` : null;
}

/** Reads a program settings file: its programs, or a message saying what is wrong. */
export function readProgramsFile(
  text: string,
): { programs: ProgramSettings[] } | { message: string } {
  try {
    return { programs: programsFromJSON(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { message: `This file could not be imported. ${detail}` };
  }
}

/** Sets the launch date, or clears it when the value is empty. */
export function setLaunchDate(program: ProgramSettings, date: string): ProgramSettings {
  const rest = { ...program };
  delete (rest as { launchDate?: string }).launchDate;
  return date ? { ...rest, launchDate: date } : rest;
}

/** Sets the follow-up window, or clears it when the choice is not one of the four. */
export function setFollowUp(program: ProgramSettings, months: number): ProgramSettings {
  const rest = { ...program };
  delete (rest as { followUpMonths?: number }).followUpMonths;
  const allowed = FOLLOW_UP_CHOICES.find((choice) => choice === months);
  return allowed ? { ...rest, followUpMonths: allowed } : rest;
}
