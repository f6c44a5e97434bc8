import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import { sql } from '../model/sql';
import { workspaceFromFile, workspaceToFile } from './workspace-file';
import { createFixtureWorkspace, FIXTURE_METADATA } from './workspace-fixtures';
import type { WorkspaceSnapshot } from './workspace-manifest';
import { captureWorkspace, loadWorkspace } from './workspace-snapshot';

const encode = (text: string) => new TextEncoder().encode(text);

function fileOf(firstLine: string, manifest: unknown, tail = ''): Uint8Array {
  const json = JSON.stringify(manifest);
  return encode(
    `${firstLine.replace('<len>', String(encode(json).byteLength))}\n${json}\n${tail}`,
  );
}

describe('workspace file', () => {
  let snapshot: WorkspaceSnapshot;
  let bytes: Uint8Array;
  beforeAll(async () => {
    const runner = await startNodeRunner();
    await createFixtureWorkspace(runner);
    snapshot = await captureWorkspace(runner, FIXTURE_METADATA, {
      tables: ['stops_raw'],
    });
    bytes = new Uint8Array(await workspaceToFile(snapshot).arrayBuffer());
  });

  it('opens to the same manifest and table bytes it was saved from', async () => {
    const opened = await workspaceFromFile(bytes);
    expect(opened.manifest).toEqual(snapshot.manifest);
    expect(opened.tables).toEqual(snapshot.tables);
  });

  it('opens from a Blob as from bytes', async () => {
    const opened = await workspaceFromFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    expect(opened.tables).toEqual(snapshot.tables);
  });

  it('loads into a fresh database with the same rows', async () => {
    const runner = await startNodeRunner();
    await loadWorkspace(runner, await workspaceFromFile(bytes));
    const rows = await runner.rows(
      sql('SELECT count(*) AS n, count(extra) AS with_extra FROM contacts'),
    );
    expect(rows).toEqual([{ n: 3, with_extra: 2 }]);
  });

  it('starts with a readable first line naming the format and version', () => {
    const head = new TextDecoder().decode(bytes.subarray(0, 80));
    expect(head).toMatch(
      /^OUTCOMESTAT-WORKSPACE 1 \d+\n\{"format":"outcomestat-workspace"/,
    );
  });

  it('says a CSV export is not a workspace', async () => {
    await expect(
      workspaceFromFile(encode('Incident ID,Date\n1,2024-01-01\n')),
    ).rejects.toThrow('This file is not an OutcomeStat workspace');
  });

  it('says an empty file is not a workspace', async () => {
    await expect(workspaceFromFile(new Uint8Array())).rejects.toMatchObject({
      code: 'not-a-workspace',
    });
  });

  it('names the version of a file from a newer OutcomeStat', async () => {
    await expect(
      workspaceFromFile(fileOf('OUTCOMESTAT-WORKSPACE 2 <len>', { anything: true })),
    ).rejects.toThrow('format 2; this version of OutcomeStat opens format 1');
  });

  it('reports a file cut short as damaged', async () => {
    await expect(
      workspaceFromFile(bytes.subarray(0, bytes.byteLength - 10)),
    ).rejects.toThrow(/damaged.*should be \d+ bytes long/);
  });

  it('reports an unreadable table of contents as damaged', async () => {
    const broken = encode('OUTCOMESTAT-WORKSPACE 1 5\n{"a":\n');
    await expect(workspaceFromFile(broken)).rejects.toMatchObject({
      code: 'damaged-file',
    });
  });

  it('reports a manifest with a bad field as damaged, naming the field', async () => {
    const manifest = {
      ...snapshot.manifest,
      tables: [{ name: 'contacts', columns: [] }],
    };
    await expect(
      workspaceFromFile(fileOf('OUTCOMESTAT-WORKSPACE 1 <len>', manifest)),
    ).rejects.toThrow('manifest.tables[0].columns must be a non-empty list');
  });

  it('refuses a column type outside the allow-list before running any SQL', async () => {
    const table = {
      name: 't',
      columns: [{ name: 'c', type: 'INTEGER); DROP TABLE x; --' }],
      rows: 0,
      bytes: 0,
    };
    const manifest = { ...snapshot.manifest, tables: [table] };
    const opened = await workspaceFromFile(
      fileOf('OUTCOMESTAT-WORKSPACE 1 <len>', manifest),
    );
    const runner = await startNodeRunner();
    await expect(loadWorkspace(runner, opened)).rejects.toMatchObject({
      code: 'unsupported-column',
    });
  });
});
