/**
 * The whole-import half of the benchmark: imports one CSV file through runImport (the
 * mapping the mapping screen drafts), saves the workspace snapshot as the app does
 * after an import, and times every query by the phase it belongs to, so a slow step
 * shows by name. JavaScript time is what is left of the wall time.
 */
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { startNodeRunner } from '../../src/engine/node-runner';
import { analyseFile } from '../../src/ingest/analyse-file';
import { draftMapping } from '../../src/ingest/draft-mapping';
import { runImport } from '../../src/ingest/run-import';
import { captureWorkspace } from '../../src/state/workspace-snapshot';
import { timedRunner, type PhaseTimes } from './timed-runner';

/** What one import run measured. */
export interface ImportBenchResult {
  readonly rows: number;
  readonly rejected: number;
  readonly seconds: number;
  readonly saveSeconds: number;
  readonly phases: PhaseTimes;
}

/** Imports the file at path as the mapping screen's draft would, then saves it. */
export async function benchImport(
  path: string,
  detail = false,
): Promise<ImportBenchResult> {
  const file = Object.assign(await openAsBlob(path), { name: basename(path) });
  const analysis = await analyseFile(file);
  const mapping = draftMapping(analysis, 'America/Chicago');
  const phases: PhaseTimes = new Map();
  const runner = timedRunner(await startNodeRunner(), phases, detail);

  const started = performance.now();
  const { report } = await runImport(runner, {
    importId: 'bench',
    fileName: file.name,
    source: file,
    dialect: analysis.dialect,
    encoding: analysis.encoding,
    mapping,
    today: '2025-01-01',
  });
  const seconds = (performance.now() - started) / 1000;
  const saving = performance.now();
  await captureWorkspace(runner, { programs: [], profiles: [], importLog: [] });
  const saveSeconds = (performance.now() - saving) / 1000;

  const queries = [...phases.values()].reduce((a, b) => a + b, 0);
  phases.set(
    'JavaScript (chunking, scanning, record index)',
    seconds + saveSeconds - queries,
  );
  return {
    rows: report.rowsStaged,
    rejected: report.rejected.count,
    seconds,
    saveSeconds,
    phases,
  };
}
