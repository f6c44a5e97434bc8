import { describe, expect, it } from 'vitest';
import { withExclusiveAccess } from '../engine/exclusive-access';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { clearSample } from '../state/workspace-session';
import { analyseFile } from './analyse-file';
import { draftMapping } from './draft-mapping';
import { importExclusively } from './exclusive-import';
import { previewMapping } from './preview-mapping';
import { countOf, fixtureBytes, papaRows } from './run-import-test-helpers';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The Node build answers at once; the browser's worker answers a task later. Without
 * that gap the preview and the import could never interleave as they do in the app.
 */
function workerLike(base: QueryRunner): QueryRunner {
  const later =
    <A extends unknown[], R>(operation: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await nextTask();
      const result = await operation(...args);
      await nextTask();
      return result;
    };
  return {
    rows: later((query) => base.rows(query)),
    execute: later((statements) => base.execute(statements)),
    registerFile: later((name, bytes) => base.registerFile(name, bytes)),
    dropFile: later((name) => base.dropFile(name)),
    copyFileToBuffer: later((name) => base.copyFileToBuffer(name)),
  };
}

const LAPD = 'real-data/lapd-arrests-alcohol-2019.csv';

describe('an import started while the mapping preview runs', () => {
  // Clicked at different moments of the preview: before it stages, mid-chunk, late.
  it.each([0, 8, 12])(
    'loads every record and the preview still shows its rows (import %i tasks in)',
    async (delay) => {
      const bytes = fixtureBytes(LAPD);
      const file = Object.assign(new Blob([bytes.slice()]), { name: 'lapd.csv' });
      const analysis = await analyseFile(file);
      const mapping = draftMapping(analysis, 'UTC');
      const runner = withExclusiveAccess(workerLike(await startNodeRunner()));

      const preview = previewMapping(runner, file, analysis, mapping);
      for (let task = 0; task < delay; task += 1) await nextTask();
      // As the app's first import does: the sample is cleared, then the file loaded.
      const imported = importExclusively(
        runner,
        {
          importId: 'race',
          fileName: 'lapd.csv',
          source: file,
          dialect: analysis.dialect,
          encoding: analysis.encoding,
          mapping,
          today: '2025-01-01',
        },
        clearSample,
      );

      const [rows, result] = await Promise.all([preview, imported]);
      const records = papaRows(bytes).length;
      expect(records).toBe(14738);
      expect(result.log.recordsLoaded).toBe(records);
      expect(await countOf(runner, 'SELECT count(*) AS n FROM arrests')).toBe(records);
      expect(rows).toHaveLength(10);
    },
    120_000,
  );
});
