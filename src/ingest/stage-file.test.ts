import { describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import type { QueryRunner } from '../engine/query-runner';
import { sql } from '../model/sql';
import type { TextEncodingName } from './decode';
import { stageFile, type StageProgress, type StageRequest } from './stage-file';
import { trickyCSV } from './stage-test-data';

/** A runner that remembers which files are registered, to see that none are left. */
async function trackedRunner() {
  const runner = await startNodeRunner();
  const files = new Set<string>();
  const tracked: QueryRunner = {
    ...runner,
    registerFile: async (name, bytes) => {
      files.add(name);
      await runner.registerFile(name, bytes);
    },
    dropFile: async (name) => {
      files.delete(name);
      await runner.dropFile(name);
    },
  };
  const tables = async () =>
    (await runner.rows(sql('SELECT table_name FROM duckdb_tables() ORDER BY 1'))).map(
      (row) => String(row.table_name),
    );
  return { runner: tracked, files, tables };
}

function request(
  importId: string,
  bytes: Uint8Array | string,
  columnNames: readonly string[],
  options: Partial<StageRequest> & { encoding?: TextEncodingName } = {},
): StageRequest {
  return {
    importId,
    source: new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]),
    encoding: 'utf-8',
    dialect: { delimiter: ',', quote: '"', skipLines: 1, columnNames },
    ...options,
  };
}

const staged = (runner: QueryRunner, table: string) =>
  runner.rows(sql(`SELECT * FROM "${table}" ORDER BY source_line`));

describe('stageFile', () => {
  it(
    'tags each record with the line it starts on, across blank lines and quoted ' +
      'breaks',
    async () => {
      const { runner } = await trackedRunner();
      const text = [
        'a,b,c',
        '1,"two',
        'lines",x',
        '',
        '2,y,z',
        '   ',
        '3,"q ""quoted""",w',
        '',
        '',
      ].join('\r\n');
      const result = await stageFile(runner, request('lines', text, ['a', 'b', 'c']));

      expect(result.rowsStaged).toBe(3);
      expect(await staged(runner, result.table)).toEqual([
        { source_line: 2, a: '1', b: 'two\r\nlines', c: 'x' },
        { source_line: 5, a: '2', b: 'y', c: 'z' },
        { source_line: 7, a: '3', b: 'q "quoted"', c: 'w' },
      ]);
    },
  );

  it(
    'reports long records by line and column with DuckDB reason, and counts short ' +
      'ones',
    async () => {
      const { runner } = await trackedRunner();
      const text = 'a,b,c\n1,2\n"x\ny",2,3,4\n\n5,6,7,8,9\n7,8,9\n';
      const result = await stageFile(
        runner,
        request('ragged', text, ['a', 'b', 'c'], { chunkBytes: 7 }),
      );

      expect((await staged(runner, result.table)).map((r) => r.source_line)).toEqual([
        2, 7,
      ]);
      expect(result.rowsRejected).toBe(2);
      expect(result.rejected.map((r) => [r.line, r.columnPosition, r.errorType])).toEqual(
        [
          [3, 4, 'TOO MANY COLUMNS'],
          [6, 4, 'TOO MANY COLUMNS'],
          [6, 5, 'TOO MANY COLUMNS'],
        ],
      );
      expect(result.rejected[0]?.reason).toMatch(
        /Expected Number of Columns: 3 Found: 4/,
      );
      expect(result.rejected[2]?.text).toBe('5,6,7,8,9');
      expect(result.shortRows).toEqual({ count: 1, firstLines: [2] });
    },
  );

  it('names the column of a value with text after its closing quote', async () => {
    const { runner } = await trackedRunner();
    const text = 'a,b,c\n1,2,3\n7,"bad"x,9\n';
    const result = await stageFile(runner, request('unquoted', text, ['a', 'b', 'c']));
    expect(result.rejected).toMatchObject([
      { line: 3, columnPosition: 2, column: 'b', errorType: 'UNQUOTED VALUE' },
    ]);
  });

  it('stages the same rows and rejects with 64-byte chunks as in one chunk', async () => {
    const { runner } = await trackedRunner();
    const file = trickyCSV(7, 300);
    const one = await stageFile(runner, request('one', file.text, file.columns));
    const tiny = await stageFile(
      runner,
      request('tiny', file.text, file.columns, { chunkBytes: 64 }),
    );

    const rows = await staged(runner, tiny.table);
    expect(rows).toEqual(await staged(runner, one.table));
    expect(rows.map((r) => [r.source_line, r.id, r.note, r.place])).toEqual(
      file.kept.map((k) => [k.line, ...k.values]),
    );
    const rejectLines = (table: string) =>
      runner.rows(sql(`SELECT DISTINCT source_line FROM "${table}" ORDER BY 1`));
    expect((await rejectLines(tiny.rejectsTable)).map((r) => r.source_line)).toEqual(
      file.longLines,
    );
    expect(await rejectLines(tiny.rejectsTable)).toEqual(
      await rejectLines(one.rejectsTable),
    );
  });

  it('transcodes Windows-1252 split into 5-byte chunks', async () => {
    const { runner } = await trackedRunner();
    // "Policía;“Niño” – €" in Windows-1252.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('agency;note\r\nPolic'),
      0xed,
      0x61,
      0x3b,
      0x93,
      0x4e,
      0x69,
      0xf1,
      0x6f,
      0x94,
      0x20,
      0x96,
      0x20,
      0x80,
      0x0d,
      0x0a,
    ]);
    const result = await stageFile(runner, {
      ...request('latin', bytes, ['agency', 'note'], { chunkBytes: 5 }),
      encoding: 'windows-1252',
      dialect: {
        delimiter: ';',
        quote: '"',
        skipLines: 1,
        columnNames: ['agency', 'note'],
      },
    });
    expect(await staged(runner, result.table)).toEqual([
      { source_line: 2, agency: 'Policía', note: '\u201cNiño\u201d \u2013 \u20ac' },
    ]);
  });

  it('reports progress after each chunk, ending with every byte and row', async () => {
    const { runner } = await trackedRunner();
    const file = trickyCSV(3, 100);
    const progress: StageProgress[] = [];
    const result = await stageFile(
      runner,
      request('progress', file.text, file.columns, {
        chunkBytes: 256,
        onProgress: (p) => progress.push(p),
      }),
    );

    const total = new Blob([file.text]).size;
    expect(progress.length).toBeGreaterThan(total / 256);
    expect(progress[0]).toEqual({ bytesDone: 0, bytesTotal: total, rowsStaged: 0 });
    expect(progress.at(-1)).toEqual({
      bytesDone: total,
      bytesTotal: total,
      rowsStaged: result.rowsStaged,
    });
    for (const [i, p] of progress.entries()) {
      const before = progress[i - 1] ?? p;
      expect(p.bytesDone).toBeGreaterThanOrEqual(before.bytesDone);
      expect(p.rowsStaged).toBeGreaterThanOrEqual(before.rowsStaged);
    }
  });

  it('leaves no table and no registered file when cancelled mid-way', async () => {
    const { runner, files, tables } = await trackedRunner();
    const file = trickyCSV(5, 200);
    const controller = new AbortController();
    const seen: number[] = [];
    const staging = stageFile(
      runner,
      request('cancel', file.text, file.columns, {
        chunkBytes: 128,
        signal: controller.signal,
        onProgress: (p) => {
          seen.push(p.rowsStaged);
          if (p.rowsStaged > 0) controller.abort();
        },
      }),
    );

    await expect(staging).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.at(-1)).toBeGreaterThan(0);
    expect(await tables()).toEqual([]);
    expect([...files]).toEqual([]);
  });

  it('creates nothing when cancelled before the first chunk', async () => {
    const { runner, tables } = await trackedRunner();
    const controller = new AbortController();
    controller.abort();
    const staging = stageFile(
      runner,
      request('early', 'a\n1\n', ['a'], { signal: controller.signal }),
    );
    await expect(staging).rejects.toMatchObject({ name: 'AbortError' });
    expect(await tables()).toEqual([]);
  });

  it('leaves nothing behind when a quoted value never closes', async () => {
    const { runner, files, tables } = await trackedRunner();
    const text = 'a,b\n1,2\n3,"never closed\n4,5\n';
    const staging = stageFile(
      runner,
      request('stray', text, ['a', 'b'], { chunkBytes: 4 }),
    );
    await expect(staging).rejects.toThrow(/starts on line 3 never closes/);
    expect(await tables()).toEqual([]);
    expect([...files]).toEqual([]);
  });

  it('keeps blank lines out of a one-column file without shifting lines', async () => {
    const { runner } = await trackedRunner();
    const result = await stageFile(runner, request('single', 'id\n\n7\n\n\n9', ['id']));
    expect(await staged(runner, result.table)).toEqual([
      { source_line: 3, id: '7' },
      { source_line: 6, id: '9' },
    ]);
  });

  it('refuses a column named source_line before creating anything', async () => {
    const { runner, tables } = await trackedRunner();
    const staging = stageFile(
      runner,
      request('clash', 'Source_Line\n1\n', ['Source_Line']),
    );
    await expect(staging).rejects.toThrow(/source_line/);
    expect(await tables()).toEqual([]);
  });
});
