import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalFileColumns } from '../../src/ingest/canonical-csv';
import type { DatasetKind } from '../../src/model/datasets';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'generate-sample-data.mjs');
const COMMITTED = join(ROOT, 'sample-data');
const EMPTY_MONTH = { program: 'Homeless Outreach Team', month: '2024-02' };
const MONTHS = Array.from({ length: 36 }, (_, i) => {
  const month = String((i % 12) + 1).padStart(2, '0');
  return `${2023 + Math.floor(i / 12)}-${month}`;
});

interface Workspace {
  synthetic: boolean;
  seed: number;
  files: { dataset: DatasetKind; file: string; rows: number }[];
}

const temp: string[] = [];

/** Runs the generator into a fresh folder under a given machine time zone. */
function generate(timeZone: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'outcomestat-sample-'));
  temp.push(folder);
  execFileSync(process.execPath, [SCRIPT, folder], {
    env: { ...process.env, TZ: timeZone },
    stdio: 'pipe',
  });
  return folder;
}

function readAll(folder: string): Map<string, string> {
  const names = readdirSync(folder).sort();
  return new Map(names.map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}

/** Splits one CSV line; the generator quotes fields holding a comma or a quote. */
function fields(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  return [...out, current];
}

function rowsOf(text: string): Record<string, string>[] {
  const [header = '', ...lines] = text.trimEnd().split('\n');
  const columns = fields(header);
  return lines.map((line) => {
    const values = fields(line);
    return Object.fromEntries(columns.map((c, i) => [c, values[i] ?? '']));
  });
}

let fresh: Map<string, string>;
let workspace: Workspace;

beforeAll(() => {
  fresh = readAll(generate('America/Los_Angeles'));
  workspace = JSON.parse(fresh.get('workspace.json') ?? '{}') as Workspace;
});

afterAll(() => {
  for (const folder of temp) rmSync(folder, { recursive: true, force: true });
});

describe('sample data generator', () => {
  it('writes byte-identical output on every run, whatever the machine time zone', () => {
    const again = readAll(generate('Asia/Tokyo'));
    expect([...again.keys()]).toEqual([...fresh.keys()]);
    for (const [name, text] of fresh) expect(again.get(name), name).toBe(text);
  });

  it('matches the committed sample-data folder (regenerate with `npm run sample`)', () => {
    const committed = readAll(COMMITTED);
    expect([...committed.keys()]).toEqual([...fresh.keys()]);
    for (const [name, text] of fresh) expect(committed.get(name), name).toBe(text);
  });

  it('marks the workspace synthetic and lists every file with its row count', () => {
    expect(workspace.synthetic).toBe(true);
    expect(workspace.files.map((f) => f.dataset).sort()).toEqual([
      'contacts',
      'force_incidents',
      'placements',
      'referrals',
      'releases',
      'responses',
    ]);
    for (const { file, rows } of workspace.files) {
      expect(rowsOf(fresh.get(file) ?? '').length, file).toBe(rows);
    }
  });

  it('gives each CSV exactly the canonical columns of its dataset, in model order', () => {
    for (const { dataset, file } of workspace.files) {
      const expected = canonicalFileColumns(dataset).map((f) => f.name);
      const header = (fresh.get(file) ?? '').split('\n')[0] ?? '';
      expect(fields(header), file).toEqual(expected);
    }
  });

  it('spans 2023-01 to 2025-12 with the documented empty month', () => {
    const contacts = rowsOf(fresh.get('contacts.csv') ?? '');
    const months = new Set(contacts.map((c) => c.occurred_on?.slice(0, 7)));
    expect([...months].sort()).toEqual(MONTHS);

    const programs = new Set(contacts.map((c) => c.program));
    for (const program of programs) {
      const active = new Set(
        contacts
          .filter((c) => c.program === program)
          .map((c) => c.occurred_on?.slice(0, 7)),
      );
      const missing = MONTHS.filter((m) => !active.has(m));
      expect(missing, program).toEqual(
        program === EMPTY_MONTH.program ? [EMPTY_MONTH.month] : [],
      );
    }
    expect(fresh.get('README.md')).toContain(`**${EMPTY_MONTH.month}**`);
  });

  it('keeps every dated record inside 2023-01-01 to 2025-12-31', () => {
    for (const { file } of workspace.files) {
      const dates = rowsOf(fresh.get(file) ?? '').map(
        (row) => row.occurred_on ?? row.released_on ?? '',
      );
      const outside = dates.filter((d) => d < '2023-01-01' || d > '2025-12-31');
      expect(outside, file).toEqual([]);
    }
  });
});

describe('sample programs', () => {
  it('set targets only on metrics the registry defines', async () => {
    const { metricById } = await import('../../src/metrics/registry');
    const workspace = JSON.parse(
      readFileSync(join(COMMITTED, 'workspace.json'), 'utf8'),
    ) as { programs: { targets: Record<string, number> }[] };
    const unknown = workspace.programs
      .flatMap((program) => Object.keys(program.targets))
      .filter((id) => metricById(id) === undefined);
    expect(unknown).toEqual([]);
  });
});
