/**
 * runImport end to end on generated contacts exports: month after month with
 * overlapping files, and all or nothing when an import fails or is cancelled.
 */
import { describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { sql } from '../model/sql';
import { ImportError } from './import-errors';
import type { ImportMapping } from './import-mapping';
import { runImport } from './run-import';
import { countOf, importRequest, tableChecksum } from './run-import-test-helpers';

const MAPPING: ImportMapping = {
  dataset: 'contacts',
  recordIdColumn: 'stop_id',
  program: { kind: 'whole-file', program: 'Pilot' },
  timeZone: 'America/Chicago',
  earliestPlausibleDate: '2020-01-01',
  columns: [
    {
      column: 'stop_date',
      target: { kind: 'field', field: 'occurred_on' },
      dateFormats: ['iso-date'],
    },
    { column: 'arrest', target: { kind: 'field', field: 'arrest' } },
    { column: 'beat', target: { kind: 'field', field: 'area' } },
  ],
};

interface Stop {
  id: number;
  date: string;
  arrest: 'Y' | 'N';
}

/** Stops of one month, every third one an arrest. */
function month(first: number, count: number, yearMonth: string): Stop[] {
  return Array.from({ length: count }, (_, i) => ({
    id: first + i,
    date: `${yearMonth}-${String((i % 28) + 1).padStart(2, '0')}`,
    arrest: i % 3 === 0 ? 'Y' : 'N',
  }));
}

const csv = (stops: readonly Stop[]) => {
  const lines = stops.map((s) => `${s.id},${s.date},${s.arrest},B${s.id % 4}`);
  return `stop_id,stop_date,arrest,beat\n${lines.join('\n')}\n`;
};

const JANUARY = month(1, 40, '2024-01');
const FEBRUARY = month(41, 30, '2024-02');
const arrests = (stops: readonly Stop[]) => stops.filter((s) => s.arrest === 'Y').length;

/** A runner whose execute fails, or aborts, when a statement matches. */
function trap(runner: QueryRunner, match: RegExp, action: () => void): QueryRunner {
  return {
    ...runner,
    execute: async (statements) => {
      if (match.test(statements)) action();
      await runner.execute(statements);
    },
  };
}

async function leftoverTables(runner: QueryRunner): Promise<string[]> {
  const rows = await runner.rows(
    sql(`SELECT table_name FROM duckdb_tables() WHERE table_name NOT IN ('contacts')`),
  );
  return rows.map((r) => String(r.table_name));
}

async function loadedJanuary(): Promise<QueryRunner> {
  const runner = await startNodeRunner();
  await runImport(runner, importRequest(csv(JANUARY), MAPPING));
  return runner;
}

describe('runImport month after month', () => {
  it('adds only the new records of an overlapping export and replaces a changed one', async () => {
    const runner = await loadedJanuary();
    const changed = JANUARY.map((s) => (s.id === 8 ? { ...s, arrest: 'Y' as const } : s));
    const overlapping = [...FEBRUARY, ...changed.reverse()];
    const { report, log } = await runImport(
      runner,
      importRequest(csv(overlapping), MAPPING),
    );

    expect(report.merge).toEqual({ new: 30, updated: 1, unchanged: 39 });
    expect(log).toMatchObject({
      newRecords: 30,
      updatedRecords: 1,
      unchangedRecords: 39,
    });
    expect(await countOf(runner, 'SELECT count(*) AS n FROM contacts')).toBe(70);
    expect(await countOf(runner, 'SELECT count(*) AS n FROM contacts WHERE arrest')).toBe(
      arrests(changed) + arrests(FEBRUARY),
    );
  });

  it('leaves the dataset as it was when the same export is imported again', async () => {
    const runner = await loadedJanuary();
    const before = await tableChecksum(runner, 'contacts');
    const { report } = await runImport(runner, importRequest(csv(JANUARY), MAPPING));
    expect(report.merge).toEqual({ new: 0, updated: 0, unchanged: 40 });
    expect(await tableChecksum(runner, 'contacts')).toBe(before);
  });

  it('keeps fingerprinted records unchanged across overlapping exports', async () => {
    const runner = await startNodeRunner();
    const noId = { ...MAPPING, recordIdColumn: null };
    const twice = [...JANUARY, JANUARY[0]!];
    await runImport(runner, importRequest(csv(twice), noId));
    const { report } = await runImport(
      runner,
      importRequest(csv([...twice, ...FEBRUARY]), noId),
    );
    expect(report.merge).toEqual({ new: 30, updated: 0, unchanged: 41 });
  });
});

describe('runImport all or nothing', () => {
  it('leaves the dataset byte-identical when cancelled while staging', async () => {
    const runner = await loadedJanuary();
    const before = await tableChecksum(runner, 'contacts');
    const controller = new AbortController();
    const request = importRequest(csv([...FEBRUARY, ...JANUARY]), MAPPING, {
      chunkBytes: 64,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.rowsStaged > 0) controller.abort();
      },
    });

    await expect(runImport(runner, request)).rejects.toThrow();
    expect(await tableChecksum(runner, 'contacts')).toBe(before);
    expect(await leftoverTables(runner)).toEqual([]);
  });

  it('rolls back a merge that fails after deleting the records it replaces', async () => {
    const runner = await loadedJanuary();
    const before = await tableChecksum(runner, 'contacts');
    const changed = JANUARY.map((s) => ({ ...s, arrest: 'Y' as const }));
    const failing = trap(runner, /^INSERT INTO "contacts"/, () => {
      throw new Error('disk full');
    });

    await expect(
      runImport(failing, importRequest(csv([...changed, ...FEBRUARY]), MAPPING)),
    ).rejects.toThrow('disk full');
    expect(await tableChecksum(runner, 'contacts')).toBe(before);
    expect(await leftoverTables(runner)).toEqual([]);
  });

  it('rolls back when cancelled after the merge, before the commit', async () => {
    const runner = await loadedJanuary();
    const before = await tableChecksum(runner, 'contacts');
    const controller = new AbortController();
    const cancelling = trap(runner, /^DELETE FROM "contacts"/, () => controller.abort());

    await expect(
      runImport(
        cancelling,
        importRequest(csv(FEBRUARY), MAPPING, { signal: controller.signal }),
      ),
    ).rejects.toThrow();
    expect(await tableChecksum(runner, 'contacts')).toBe(before);
  });

  it('creates no dataset table when the first import fails in the transform', async () => {
    const runner = await startNodeRunner();
    const failing = trap(runner, /CREATE TEMP TABLE "import_rows_/, () => {
      throw new Error('out of memory');
    });
    await expect(
      runImport(failing, importRequest(csv(JANUARY), MAPPING)),
    ).rejects.toThrow('out of memory');
    expect(await leftoverTables(runner)).toEqual([]);
  });

  it('refuses a mapping whose columns the file lacks, before staging anything', async () => {
    const runner = await startNodeRunner();
    const other = 'id,when\n1,2024-01-01\n';
    const attempt = runImport(runner, importRequest(other, MAPPING));
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(attempt).rejects.toThrow('`stop_date`');
    expect(await leftoverTables(runner)).toEqual([]);
  });
});
