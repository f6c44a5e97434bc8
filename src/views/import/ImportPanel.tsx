import { useState } from 'react';
import { DropZone } from '../../components/DropZone';
import type { QueryRunner } from '../../engine/query-runner';
import type { EventMapping } from '../../ingest/event-mapping';
import { previewFile, type FilePreview } from '../../ingest/file-preview';
import { importFile, type ImportReport } from '../../ingest/import-file';
import type { EventSource } from '../../model/event-source';
import { ImportReportView } from './ImportReportView';
import { MappingForm } from './MappingForm';

interface Pending {
  readonly preview: FilePreview;
  readonly bytes: Uint8Array;
}

interface Props {
  readonly runner: QueryRunner;
  readonly onImported: (source: EventSource) => void;
  readonly onReview: () => void;
}

let importCount = 0;

/** Drop, preview, map and load CSV exports, one file at a time. */
export function ImportPanel({ runner, onImported, onReview }: Props) {
  const [pending, setPending] = useState<readonly Pending[]>([]);
  const [messages, setMessages] = useState<readonly string[]>([]);
  const [reports, setReports] = useState<readonly ImportReport[]>([]);
  const [busy, setBusy] = useState(false);

  const addFiles = async (files: readonly File[]) => {
    const problems: string[] = [];
    const previews: Pending[] = [];
    for (const file of files) {
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        previews.push({ preview: previewFile(file.name, bytes), bytes });
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
    }
    setMessages(problems);
    setPending((previous) => [...previous, ...previews]);
  };

  const load = async (item: Pending, mapping: EventMapping) => {
    setBusy(true);
    try {
      importCount += 1;
      const report = await importFile(
        runner,
        String(importCount),
        item.preview,
        item.bytes,
        mapping,
      );
      setReports((previous) => [report, ...previous]);
      setPending((previous) => previous.filter((other) => other !== item));
      onImported(report.source);
    } catch (error) {
      setMessages([
        `“${item.preview.fileName}” could not be loaded; the workspace is unchanged. ${String(error)}`,
      ]);
    } finally {
      setBusy(false);
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
      {busy && <p role="status">Loading…</p>}
      {current && !busy && (
        <MappingForm
          key={current.preview.fileName + pending.length}
          preview={current.preview}
          onLoad={(mapping) => void load(current, mapping)}
          onCancel={() => setPending((previous) => previous.slice(1))}
        />
      )}
      {reports.map((report) => (
        <ImportReportView key={report.source.id} report={report} onReview={onReview} />
      ))}
    </section>
  );
}
