/**
 * The manifest of a workspace snapshot: which tables it holds with their exact
 * column types, and the settings saved with them. The same manifest is kept in
 * browser storage and at the head of a workspace file.
 */
import type { ProgramSettings } from '../model/programs';
import type { MappingProfile } from './profile';
import { readMappingProfile } from './profile-file';
import { WorkspaceError } from './workspace-errors';
import {
  JsonShapeError,
  readArray,
  readInteger,
  readIsoInstant,
  readJsonValue,
  readName,
  readObject,
  readString,
  type JsonValue,
} from './workspace-json';
import { readProgramSettings } from './workspace-programs';

/** The format name written in every manifest. */
export const WORKSPACE_FORMAT = 'outcomestat-workspace';
/** The manifest version this code writes and reads. */
export const WORKSPACE_VERSION = 1;

/** A column as DuckDB reports it, e.g. `{ name: 'extra', type: 'MAP(VARCHAR, VARCHAR)' }`. */
export interface ColumnSchema {
  readonly name: string;
  readonly type: string;
}

/** One saved table: its columns, row count and the length of its CSV bytes. */
export interface TableEntry {
  readonly name: string;
  readonly columns: readonly ColumnSchema[];
  readonly rows: number;
  readonly bytes: number;
}

/** What the workspace keeps besides tables. importLog entries are the importer's JSON. */
export interface WorkspaceMetadata {
  readonly programs: readonly ProgramSettings[];
  readonly importLog: readonly JsonValue[];
  readonly profiles: readonly MappingProfile<unknown>[];
}

/** The full description of a snapshot. */
export interface WorkspaceManifest extends WorkspaceMetadata {
  readonly format: typeof WORKSPACE_FORMAT;
  readonly version: typeof WORKSPACE_VERSION;
  readonly savedAt: string;
  readonly tables: readonly TableEntry[];
}

/** A manifest and each table's CSV bytes, in manifest order. */
export interface WorkspaceSnapshot {
  readonly manifest: WorkspaceManifest;
  readonly tables: readonly Uint8Array[];
}

const MAX_COUNT = Number.MAX_SAFE_INTEGER;

function readColumn(value: unknown, path: string): ColumnSchema {
  const record = readObject(value, path);
  return {
    name: readString(record.name, `${path}.name`),
    type: readName(record.type, `${path}.type`),
  };
}

function readTable(value: unknown, path: string): TableEntry {
  const record = readObject(value, path);
  const columns = readArray(record.columns, `${path}.columns`, readColumn);
  if (columns.length === 0)
    throw new JsonShapeError(`${path}.columns`, 'a non-empty list');
  return {
    name: readName(record.name, `${path}.name`),
    columns,
    rows: readInteger(record.rows, `${path}.rows`, 0, MAX_COUNT),
    bytes: readInteger(record.bytes, `${path}.bytes`, 0, MAX_COUNT),
  };
}

function readShape(value: unknown): WorkspaceManifest {
  const record = readObject(value, 'manifest');
  if (record.format !== WORKSPACE_FORMAT)
    throw new WorkspaceError('not-a-workspace', 'This is not an OutcomeStat workspace.');
  if (record.version !== WORKSPACE_VERSION)
    throw new WorkspaceError(
      'unsupported-version',
      `This workspace has format ${String(record.version)}; ` +
        `this version of OutcomeStat opens format ${WORKSPACE_VERSION}.`,
    );
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt: readIsoInstant(record.savedAt, 'manifest.savedAt'),
    tables: readArray(record.tables, 'manifest.tables', readTable),
    programs: readArray(record.programs, 'manifest.programs', readProgramSettings),
    importLog: readArray(record.importLog, 'manifest.importLog', readJsonValue),
    profiles: readArray(record.profiles, 'manifest.profiles', (item, path) =>
      readMappingProfile(item, path, readJsonValue),
    ),
  };
}

/** Checks an untrusted manifest; a bad one is reported as a damaged workspace. */
export function readManifest(value: unknown): WorkspaceManifest {
  try {
    return readShape(value);
  } catch (error) {
    if (!(error instanceof JsonShapeError)) throw error;
    throw new WorkspaceError(
      'damaged-file',
      `The workspace is damaged and cannot be opened: ${error.message}.`,
      { cause: error },
    );
  }
}
