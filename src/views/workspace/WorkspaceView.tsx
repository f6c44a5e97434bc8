import { useState } from 'react';
import type { JsonValue } from '../../state/workspace-json';
import { WORKSPACE_FILE_EXTENSION } from '../../state/workspace-file';
import { downloadBlob } from '../shared/download';

/** What the workspace screen can do with the stored workspace. */
export interface StorageActions {
  readonly origin: 'sample' | 'analyst';
  readonly importLog: readonly JsonValue[];
  readonly saveToFile: () => Promise<Blob | null>;
  readonly openFile: (file: Blob) => Promise<void>;
  readonly forgetAll: () => Promise<void>;
}

interface LogEntry {
  readonly importId: string;
  readonly fileName: string;
  readonly dataset: string;
  readonly rowsRead: number;
  readonly newRecords: number;
  readonly updatedRecords: number;
  readonly unchangedRecords: number;
  readonly finishedAt: string;
}

/** Where the workspace lives: this browser, a file to keep, or nowhere once forgotten. */
export function WorkspaceView({ storage }: { readonly storage: StorageActions }) {
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);

  const save = async () => {
    const blob = await storage.saveToFile();
    if (!blob) return;
    downloadBlob(`outcomestat-workspace${WORKSPACE_FILE_EXTENSION}`, blob);
  };
  const open = async (file: File) => {
    try {
      await storage.openFile(file);
      setMessage(`Opened “${file.name}”.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section aria-label="Workspace" className="workspace-view">
      <h2>Workspace</h2>
      <p>
        {storage.origin === 'sample'
          ? 'This browser holds only the synthetic sample. Your first import replaces it.'
          : 'Your imports are kept in this browser (IndexedDB) and come back on your ' +
            'next visit. Nothing is uploaded.'}
      </p>
      <div className="actions">
        <button
          type="button"
          onClick={() => void save()}
          disabled={storage.origin === 'sample'}
        >
          Save workspace to a file
        </button>
        <label className="button">
          Open a workspace file…
          <input
            type="file"
            hidden
            accept={WORKSPACE_FILE_EXTENSION}
            data-testid="workspace-file-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void open(file);
              event.target.value = '';
            }}
          />
        </label>
      </div>
      {message && <p role="status">{message}</p>}

      <h3>Imports</h3>
      {storage.importLog.length === 0 ? (
        <p>No imports yet.</p>
      ) : (
        <table data-testid="import-log">
          <thead>
            <tr>
              <th>File</th>
              <th>Dataset</th>
              <th>Rows read</th>
              <th>New</th>
              <th>Updated</th>
              <th>Already loaded</th>
              <th>Finished</th>
            </tr>
          </thead>
          <tbody>
            {(storage.importLog as unknown as LogEntry[]).map((entry) => (
              <tr key={entry.importId}>
                <td>{entry.fileName}</td>
                <td>{entry.dataset}</td>
                <td>{entry.rowsRead}</td>
                <td>{entry.newRecords}</td>
                <td>{entry.updatedRecords}</td>
                <td>{entry.unchangedRecords}</td>
                <td>{entry.finishedAt.slice(0, 16).replace('T', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Forget all data</h3>
      <p>
        Removes every import, profile and setting from this browser. It cannot be undone.
      </p>
      {confirming ? (
        <div className="actions">
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirming(false);
              void storage.forgetAll().then(() => setMessage('All data was forgotten.'));
            }}
          >
            Yes, forget all data
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Forget all data…
        </button>
      )}
    </section>
  );
}
