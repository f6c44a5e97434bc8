import { useState } from 'react';
import { DropZone } from '../../components/DropZone';
import type { SharedRunner } from '../../engine/exclusive-access';
import type { QueryRunner } from '../../engine/query-runner';
import { analyseFile, type FileAnalysis } from '../../ingest/analyse-file';
import type { ImportMapping } from '../../ingest/import-mapping';
import { startingMapping, type StartingMapping } from '../../ingest/mapping-from-profile';
import { previewMapping } from '../../ingest/preview-mapping';
import { importExclusively } from '../../ingest/exclusive-import';
import type { ImportResult } from '../../ingest/run-import';
import {
  createMappingProfile,
  upsertProfile,
  type MappingProfile,
} from '../../state/profile';
import { findProfile } from '../../state/profile-match';
import type { JsonValue } from '../../state/workspace-json';
import { ImportProgress, type ImportProgressState } from './ImportProgress';
import { MappingScreen, type ProfileRequest } from './MappingScreen';
import { ProfileFiles } from './ProfileFiles';
import { ValidationReportView } from './ValidationReportView';

interface Pending {
  readonly file: File;
  readonly analysis: FileAnalysis;
  readonly start: StartingMapping;
}

/** What the import screen needs from the workspace. */
export interface ImportContext {
  readonly runner: SharedRunner;
  readonly timeZone: string;
  readonly profiles: readonly MappingProfile<ImportMapping>[];
  readonly importLog: readonly JsonValue[];
  /** Runs inside the import's exclusive section, on the runner it is given. */
  readonly prepareImport: (inside: QueryRunner) => Promise<void>;
  readonly afterImport: (change: {
    profiles: readonly MappingProfile<ImportMapping>[];
    importLog: readonly JsonValue[];
  }) => Promise<void>;
  readonly importFailed: () => Promise<void>;
  readonly onProfilesChange: (
    profiles: readonly MappingProfile<ImportMapping>[],
  ) => Promise<void>;
  readonly onReview: () => void;
}

/** An import's result and how long it took, stage to merge. */
export type TimedResult = ImportResult & { readonly seconds: number };

const startFor = (
  analysis: FileAnalysis,
  profiles: readonly MappingProfile<ImportMapping>[],
  timeZone: string,
) =>
  startingMapping(
    analysis,
    findProfile(profiles, analysis.dialect.columnNames),
    timeZone,
  );

let importCount = 0;
const nextImportId = () => `${Date.now().toString(36)}_${(importCount += 1)}`;

/** Drop, map, import and report on agency exports, one file at a time. */
export function ImportPanel(context: ImportContext) {
  const [pending, setPending] = useState<readonly Pending[]>([]);
  const [messages, setMessages] = useState<readonly string[]>([]);
  const [results, setResults] = useState<readonly TimedResult[]>([]);
  const [progress, setProgress] = useState<ImportProgressState | null>(null);
  const [controller, setController] = useState<AbortController | null>(null);

  const addFiles = async (files: readonly File[]) => {
    const problems: string[] = [];
    const analysed: Pending[] = [];
    for (const file of files) {
      try {
        const analysis = await analyseFile(file);
        const start = startFor(analysis, context.profiles, context.timeZone);
        analysed.push({ file, analysis, start });
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
    }
    setMessages(problems);
    setPending((previous) => [...previous, ...analysed]);
  };

  const run = async (
    item: Pending,
    mapping: ImportMapping,
    request: ProfileRequest | null,
  ) => {
    const abort = new AbortController();
    setController(abort);
    setProgress({
      fileName: item.file.name,
      bytesDone: 0,
      bytesTotal: item.file.size,
      rowsStaged: 0,
    });
    try {
      const started = performance.now();
      // The sample is cleared and the file imported with the connection to themselves,
      // so no other screen's query (nor a mapping preview's staging tables) can come
      // between them, join the transaction or read rows not yet committed.
      const imported = await importExclusively(
        context.runner,
        {
          importId: nextImportId(),
          fileName: item.file.name,
          source: item.file,
          dialect: item.analysis.dialect,
          encoding: item.analysis.encoding,
          mapping,
          ...(request ? { profileName: request.name } : {}),
          signal: abort.signal,
          onProgress: (step) => setProgress({ fileName: item.file.name, ...step }),
        },
        context.prepareImport,
      );
      const result = { ...imported, seconds: (performance.now() - started) / 1000 };
      const profiles = request
        ? upsertProfile(
            context.profiles,
            createMappingProfile({
              ...request,
              columns: item.analysis.dialect.columnNames,
              mapping,
            }),
          )
        : context.profiles;
      await context.afterImport({
        profiles,
        importLog: [...context.importLog, result.log as unknown as JsonValue],
      });
      setResults((previous) => [result, ...previous]);
      // Files picked together wait their turn under the profile this import may have
      // saved, or overlapping monthly exports would be keyed two ways and count twice.
      setPending((previous) =>
        previous
          .filter((other) => other !== item)
          .map((other) => ({
            ...other,
            start: startFor(other.analysis, profiles, context.timeZone),
          })),
      );
    } catch (error) {
      await context.importFailed();
      const cancelled = abort.signal.aborted;
      setMessages([
        cancelled
          ? `The import of “${item.file.name}” was cancelled; the workspace is unchanged.`
          : `“${item.file.name}” could not be imported; ` +
            'the workspace is unchanged. ' +
            (error instanceof Error ? error.message : String(error)),
      ]);
    } finally {
      setProgress(null);
      setController(null);
    }
  };

  const [current] = pending;
  return (
    <section className="import-panel" aria-label="Import">
      <h2>Add agency exports</h2>
      <DropZone onFiles={(files) => void addFiles(files)} />
      {messages.map((message) => (
        <p key={message} role="alert" className="error">
          {message}
        </p>
      ))}
      {progress && controller && (
        <ImportProgress progress={progress} onCancel={() => controller.abort()} />
      )}
      {current && !progress && (
        <MappingScreen
          key={`${current.file.name}:${pending.length}`}
          analysis={current.analysis}
          start={current.start}
          preview={(mapping, signal) =>
            previewMapping(
              context.runner,
              current.file,
              current.analysis,
              mapping,
              undefined,
              signal,
            )
          }
          onConfirm={(mapping, request) => void run(current, mapping, request)}
          onCancel={() => setPending((previous) => previous.slice(1))}
        />
      )}
      {results.map((result) => (
        <ValidationReportView
          key={result.log.importId}
          result={result}
          onReview={context.onReview}
        />
      ))}
      <ProfileFiles profiles={context.profiles} onChange={context.onProfilesChange} />
    </section>
  );
}
