/**
 * A workspace as one file the user can save and open on another computer.
 *
 * Layout (format 1):
 *   line 1   `OUTCOMESTAT-WORKSPACE <format> <manifest byte length>` and `\n`
 *   then     the manifest as UTF-8 JSON (see workspace-manifest.ts) and `\n`
 *   then     each table's CSV bytes, in manifest order, `tables[i].bytes` long each.
 * CSV stays raw bytes rather than JSON strings, which would escape every quote and
 * need the whole workspace as one string.
 *
 * Known limitation: each table's CSV must fit in one ArrayBuffer (about 2 GB in
 * Chromium) and the whole workspace is held in memory while saving and opening.
 */
import { WorkspaceError } from './workspace-errors';
import {
  readManifest,
  WORKSPACE_VERSION,
  type WorkspaceSnapshot,
} from './workspace-manifest';

const MAGIC = 'OUTCOMESTAT-WORKSPACE';
const FIRST_LINE_MAX = 64;

/** The media type a workspace file is offered with. */
export const WORKSPACE_FILE_TYPE = 'application/x-outcomestat-workspace';
/** The extension a workspace file is saved with. */
export const WORKSPACE_FILE_EXTENSION = '.outcomestat';

/** Packs a snapshot into one file. */
export function workspaceToFile(snapshot: WorkspaceSnapshot): Blob {
  const manifest = new TextEncoder().encode(JSON.stringify(snapshot.manifest));
  const firstLine = `${MAGIC} ${WORKSPACE_VERSION} ${manifest.byteLength}\n`;
  const parts: BlobPart[] = [firstLine, manifest, '\n'];
  // Blob's typings want ArrayBuffer-backed views; DuckDB's copies and file slices are.
  for (const table of snapshot.tables) parts.push(table as Uint8Array<ArrayBuffer>);
  return new Blob(parts, { type: WORKSPACE_FILE_TYPE });
}

const notAWorkspace = () =>
  new WorkspaceError(
    'not-a-workspace',
    'This file is not an OutcomeStat workspace. Open a file made with "Save workspace to file".',
  );

const damaged = (detail: string) =>
  new WorkspaceError(
    'damaged-file',
    `The workspace file is damaged and cannot be opened: ${detail}. ` +
      'It may have been cut short while copying; ' +
      'save it again from the computer it came from.',
  );

async function bytesOf(file: Blob | Uint8Array, start: number, end: number) {
  if (file instanceof Uint8Array) return file.subarray(start, end);
  return new Uint8Array(await file.slice(start, end).arrayBuffer());
}

function readFirstLine(head: Uint8Array): {
  version: number;
  length: number;
  end: number;
} {
  const text = new TextDecoder('latin1').decode(head);
  if (!text.startsWith(`${MAGIC} `)) throw notAWorkspace();
  const match = /^OUTCOMESTAT-WORKSPACE (\d{1,6}) (\d{1,15})\n/.exec(text);
  if (!match) throw damaged('its first line is not readable');
  return { version: Number(match[1]), length: Number(match[2]), end: match[0].length };
}

function parseManifest(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw damaged('its table of contents is not readable');
  }
}

/** Unpacks a workspace file, checking its format, version and every length. */
export async function workspaceFromFile(
  file: Blob | Uint8Array,
): Promise<WorkspaceSnapshot> {
  const size = file instanceof Uint8Array ? file.byteLength : file.size;
  const first = readFirstLine(await bytesOf(file, 0, Math.min(size, FIRST_LINE_MAX)));
  if (first.version !== WORKSPACE_VERSION)
    throw new WorkspaceError(
      'unsupported-version',
      `This workspace file has format ${first.version}; ` +
        `this version of OutcomeStat opens format ${WORKSPACE_VERSION}.` +
        (first.version > WORKSPACE_VERSION ? ' Update OutcomeStat to open it.' : ''),
    );

  const manifestEnd = first.end + first.length;
  if (manifestEnd + 1 > size) throw damaged('it ends inside its table of contents');
  const manifest = readManifest(
    parseManifest(await bytesOf(file, first.end, manifestEnd)),
  );
  const expected = manifest.tables.reduce((total, t) => total + t.bytes, manifestEnd + 1);
  if (expected !== size)
    throw damaged(`it should be ${expected} bytes long but is ${size} bytes`);

  const tables: Uint8Array[] = [];
  let offset = manifestEnd + 1;
  for (const table of manifest.tables) {
    tables.push(await bytesOf(file, offset, offset + table.bytes));
    offset += table.bytes;
  }
  return { manifest, tables };
}
