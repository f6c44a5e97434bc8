/**
 * The mapping screen's live preview: the first records of a file as the mapping
 * turns them into canonical rows, run through the same SQL as the real import.
 */
import type { PlainRow } from '../engine/plain-rows';
import type { SharedRunner } from '../engine/exclusive-access';
import { sql } from '../model/sql';
import type { FileAnalysis } from './analyse-file';
import type { ImportMapping } from './import-mapping';
import type { ByteSource } from './record-chunks';
import { stageFile } from './stage-file';
import { dropStageTablesSQL, stageTables } from './stage-sql';
import { transformSQL } from './transform-sql';

const PREVIEW_BYTES = 64 * 1024;
let previews = 0;

// The preview reads only the start of the file, cut after its last whole line.
async function startOfFile(file: ByteSource, analysis: FileAnalysis): Promise<Blob> {
  const bytes = new Uint8Array(await file.slice(0, PREVIEW_BYTES).arrayBuffer());
  if (file.size <= PREVIEW_BYTES) return new Blob([bytes]);
  const newline = bytes.lastIndexOf(0x0a);
  const end =
    newline < 0 ? bytes.length : newline + (analysis.encoding === 'utf-16le' ? 2 : 1);
  return new Blob([bytes.subarray(0, end)]);
}

/**
 * The first canonical records the mapping makes of the file, without loading it. The
 * preview holds the connection for its whole run: its staging tables exist only inside
 * it, so an import, or the clearing of the sample before one, never sees or drops them.
 */
export async function previewMapping(
  runner: SharedRunner,
  file: ByteSource,
  analysis: FileAnalysis,
  mapping: ImportMapping,
  limit = 10,
  signal?: AbortSignal,
): Promise<PlainRow[]> {
  const source = await startOfFile(file, analysis);
  return runner.exclusive(async (inside) => {
    // A preview the analyst has moved on from while it waited is not run at all.
    signal?.throwIfAborted();
    previews += 1;
    const importId = `preview_${previews}`;
    const stage = await stageFile(inside, {
      importId,
      source,
      dialect: analysis.dialect,
      encoding: analysis.encoding,
    });
    try {
      const select = transformSQL(mapping, { stageTable: stage.table, importId });
      return await inside.rows(
        sql(`SELECT * FROM (${select}) AS preview ORDER BY source_line, record_key
             LIMIT ${Math.trunc(limit)}`),
      );
    } finally {
      await inside.execute(dropStageTablesSQL(stageTables(importId)));
    }
  });
}
