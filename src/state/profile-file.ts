/**
 * Mapping profiles as a JSON file the user can export and import on another
 * computer, and the checked reader the workspace snapshot also uses.
 */
import type { MappingProfile } from './profile';
import { headerSignature } from './profile-header';
import { WorkspaceError } from './workspace-errors';
import {
  JsonShapeError,
  parseJsonText,
  readArray,
  readIsoInstant,
  readName,
  readObject,
  readString,
} from './workspace-json';

const FORMAT = 'outcomestat-mapping-profiles';
const VERSION = 1;

/** Checks a profile's mapping; throw JsonShapeError (or any error) to reject it. */
export type MappingReader<TMapping> = (value: unknown, path: string) => TMapping;

const anyMapping: MappingReader<unknown> = (value, path) => {
  if (value === undefined) throw new JsonShapeError(path, 'present');
  return value;
};

/** Reads one MappingProfile from untrusted JSON, or throws a JsonShapeError. */
export function readMappingProfile<TMapping>(
  value: unknown,
  path: string,
  readMapping: MappingReader<TMapping>,
): MappingProfile<TMapping> {
  const record = readObject(value, path);
  const columns = readArray(record.columns, `${path}.columns`, readString);
  if (columns.length === 0)
    throw new JsonShapeError(`${path}.columns`, 'a non-empty list');

  return {
    name: readName(record.name, `${path}.name`),
    agency: readString(record.agency, `${path}.agency`),
    exportType: readString(record.exportType, `${path}.exportType`),
    // Derived, not read: a hand-edited file cannot make a header match that differs.
    headerSignature: headerSignature(columns),
    columns,
    mapping: readMapping(record.mapping, `${path}.mapping`),
    savedAt: readIsoInstant(record.savedAt, `${path}.savedAt`),
  };
}

/** Serialises mapping profiles as a versioned JSON file. */
export function profilesToJSON(profiles: readonly MappingProfile<unknown>[]): string {
  return JSON.stringify({ format: FORMAT, version: VERSION, profiles }, null, 2);
}

/** Reads a mapping profiles file, throwing a WorkspaceError that names the bad value. */
export function profilesFromJSON<TMapping = unknown>(
  text: string,
  readMapping: MappingReader<TMapping> = anyMapping as MappingReader<TMapping>,
): MappingProfile<TMapping>[] {
  try {
    const file = readObject(parseJsonText(text, 'The file'), 'The file');
    if (file.format !== FORMAT)
      throw new WorkspaceError(
        'invalid-profiles',
        'This is not an OutcomeStat mapping profiles file.',
      );
    if (file.version !== VERSION)
      throw new WorkspaceError(
        'unsupported-version',
        `This mapping profiles file has version ${String(file.version)}; ` +
          `this version of OutcomeStat reads version ${VERSION}.`,
      );
    return readArray(file.profiles, 'profiles', (item, path) =>
      readMappingProfile(item, path, readMapping),
    );
  } catch (error) {
    if (error instanceof WorkspaceError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new WorkspaceError(
      'invalid-profiles',
      `The mapping profiles file cannot be used: ${detail}.`,
      { cause: error },
    );
  }
}
