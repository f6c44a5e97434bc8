/**
 * A QueryRunner that adds the time of every call to the import phase it belongs to,
 * told by its SQL, so the import benchmarks show a slow step by name.
 */
import type { QueryRunner } from '../../src/engine/query-runner';
import type { SqlQuery } from '../../src/model/sql';

/** Seconds spent in each phase, in the order first seen. */
export type PhaseTimes = Map<string, number>;

const PHASES: [RegExp, string][] = [
  [/^CREATE TABLE "stage_/, 'stage: create, summary, drops'],
  [/^CREATE OR REPLACE TEMP TABLE "stage_chunk_/, 'stage: read_csv of the chunk'],
  [/AS emitted/, 'stage: record count check'],
  [/^INSERT INTO "stage_/, 'stage: append rows and rejects'],
  [/^SELECT count\(\*\) AS n FROM "stage_/, 'stage: count staged rows'],
  [/"merge_|WHERE table_name = \?|^CREATE TABLE/, 'merge'],
  [/^CREATE TEMP TABLE "import_source_/, 'transform: source rows'],
  [/^CREATE TEMP TABLE "import_rows_/, 'transform: canonical rows'],
  [/"import_issues_[^"]*" \(source_line/, 'validate: value issues'],
  [
    /"import_(rows|issues|source)_|"stage_rejects_[^"]*" GROUP/,
    'validate: report queries',
  ],
  [/"stage_rejects_|"stage_reader_/, 'stage: create, summary, drops'],
  [/COPY|outcomestat-snapshot|duckdb_columns|max\(rowid\)/, 'save: export tables'],
];

/** The phase of a statement; with detail, each statement's start is its own phase. */
function phaseOf(text: string, detail: boolean): string {
  const head = detail ? ` · ${text.slice(0, 60).replace(/\s+/g, ' ')}` : '';
  for (const [pattern, phase] of PHASES) if (pattern.test(text)) return phase + head;
  if (/^(BEGIN|COMMIT|ROLLBACK|DROP)/.test(text)) return 'transaction and drops' + head;
  return 'other queries (screens, catalog)' + head;
}

const filePhase = (name: string) =>
  name.startsWith('stage_')
    ? 'stage: register chunk and record index'
    : 'save: export tables';

/** Wraps a runner so every call adds its time to its phase. */
export function timedRunner(
  runner: QueryRunner,
  phases: PhaseTimes,
  detail = false,
): QueryRunner {
  const add = (phase: string, started: number) =>
    phases.set(phase, (phases.get(phase) ?? 0) + (performance.now() - started) / 1000);
  const timed =
    <A extends unknown[], R>(
      phase: (...args: A) => string,
      run: (...args: A) => Promise<R>,
    ) =>
    async (...args: A): Promise<R> => {
      const started = performance.now();
      try {
        return await run(...args);
      } finally {
        add(phase(...args), started);
      }
    };
  return {
    rows: timed(
      (query: SqlQuery) => phaseOf(query.text.trim(), detail),
      (query: SqlQuery) => runner.rows(query),
    ),
    execute: timed(
      (text: string) => phaseOf(text.trim(), detail),
      (text: string) => runner.execute(text),
    ),
    registerFile: timed(
      (name: string, _bytes: Uint8Array) => filePhase(name),
      (name: string, bytes: Uint8Array) => runner.registerFile(name, bytes),
    ),
    dropFile: timed(filePhase, (name: string) => runner.dropFile(name)),
    copyFileToBuffer: timed(filePhase, (name: string) => runner.copyFileToBuffer(name)),
  };
}
