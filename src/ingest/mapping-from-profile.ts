/**
 * Where the mapping screen starts for a file: a saved profile's mapping when its
 * header matches, adapted to a changed header for review, or the suggestion.
 */
import type { MappingProfile } from '../state/profile';
import type { HeaderDiff } from '../state/profile-header';
import type { ProfileMatch } from '../state/profile-match';
import type { FileAnalysis } from './analyse-file';
import { draftMapping } from './draft-mapping';
import type { ColumnMapping, ImportMapping } from './import-mapping';

/** The starting mapping and how it was arrived at, for the banner above the screen. */
export interface StartingMapping {
  readonly mapping: ImportMapping;
  readonly profile: MappingProfile<ImportMapping> | null;
  /** True only when a profile's header matched exactly. */
  readonly appliedAutomatically: boolean;
  readonly diff: HeaderDiff | null;
}

/** Carries a profile's column mappings over to a file whose header changed. */
export function adaptMapping(
  mapping: ImportMapping,
  diff: HeaderDiff,
  columnNames: readonly string[],
): ImportMapping {
  const renamedTo = new Map(diff.renamed.map(({ from, to }) => [from, to]));
  const byColumn = new Map<string, ColumnMapping>();
  for (const column of mapping.columns) {
    const name = renamedTo.get(column.column) ?? column.column;
    byColumn.set(name, { ...column, column: name });
  }
  const recordId = mapping.recordIdColumn
    ? (renamedTo.get(mapping.recordIdColumn) ?? mapping.recordIdColumn)
    : null;
  return {
    ...mapping,
    // New columns are kept as extra attributes until the analyst says otherwise.
    columns: columnNames.map(
      (name) => byColumn.get(name) ?? { column: name, target: { kind: 'extra' } },
    ),
    recordIdColumn: recordId && columnNames.includes(recordId) ? recordId : null,
  };
}

/** Chooses the mapping the screen opens with for this file. */
export function startingMapping(
  analysis: FileAnalysis,
  match: ProfileMatch<ImportMapping>,
  timeZone: string,
): StartingMapping {
  if (match.kind === 'exact') {
    return {
      mapping: match.profile.mapping,
      profile: match.profile,
      appliedAutomatically: true,
      diff: null,
    };
  }
  if (match.kind === 'review') {
    return {
      mapping: adaptMapping(
        match.profile.mapping,
        match.diff,
        analysis.dialect.columnNames,
      ),
      profile: match.profile,
      appliedAutomatically: false,
      diff: match.diff,
    };
  }
  return {
    mapping: draftMapping(analysis, timeZone),
    profile: null,
    appliedAutomatically: false,
    diff: null,
  };
}
