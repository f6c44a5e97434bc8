import { formatCount } from '../format';

/** How far an import has read its file. */
export interface ImportProgressState {
  readonly fileName: string;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly rowsStaged: number;
}

interface Props {
  readonly progress: ImportProgressState;
  readonly onCancel: () => void;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** A progress bar with the rows read so far, and a Cancel button. */
export function ImportProgress({ progress, onCancel }: Props) {
  const share = progress.bytesTotal > 0 ? progress.bytesDone / progress.bytesTotal : 0;
  return (
    <div
      className="import-progress"
      role="status"
      aria-label={`Importing ${progress.fileName}`}
    >
      <p>
        Importing “{progress.fileName}”: {megabytes(progress.bytesDone)} of{' '}
        {megabytes(progress.bytesTotal)} MB read,{' '}
        <span data-testid="rows-staged">{formatCount(progress.rowsStaged)}</span> rows so
        far.
      </p>
      <progress max={1} value={share} aria-label="Share of the file read" />
      <button type="button" onClick={onCancel}>
        Cancel import
      </button>
      <p className="hint">
        Cancelling leaves the workspace exactly as it was before this import.
      </p>
    </div>
  );
}
