/**
 * Test support for suggestion and draft-mapping tests: analyses a fixture file or an
 * inline CSV the way a dropped file is analysed. Used only by tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseFile, type FileAnalysis } from './analyse-file';
import type { ImportMapping } from './import-mapping';

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures');

/** Analyses a file under tests/fixtures (`bad-inputs/01-bom-header.csv`) or CSV text. */
export function analyse(source: string): Promise<FileAnalysis> {
  const isFixture = /^(bad-inputs|real-data)\//.test(source);
  const bytes = isFixture ? readFileSync(path.join(FIXTURES, source)) : source;
  const name = isFixture ? path.basename(source) : 'export.csv';
  return analyseFile(Object.assign(new Blob([bytes]), { name }));
}

/** The suggested field of each named column, null for none. */
export function suggestedFields(
  analysis: FileAnalysis,
  columns: readonly string[],
): Record<string, string | null> {
  const field = (name: string) =>
    analysis.suggestion.columns.find((c) => c.column === name)?.field ?? null;
  return Object.fromEntries(columns.map((name) => [name, field(name)]));
}

/** The draft's target of each named column: a field name, `extra` or `ignore`. */
export function draftTargets(
  mapping: ImportMapping,
  columns: readonly string[],
): Record<string, string | undefined> {
  const target = (name: string) => {
    const found = mapping.columns.find((c) => c.column === name)?.target;
    return found?.kind === 'field' ? found.field : found?.kind;
  };
  return Object.fromEntries(columns.map((name) => [name, target(name)]));
}
