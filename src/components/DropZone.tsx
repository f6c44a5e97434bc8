import { useState, type DragEvent } from 'react';

interface Props {
  readonly onFiles: (files: readonly File[]) => void;
}

/** A drop target and a file picker for one or more CSV exports. */
export function DropZone({ onFiles }: Props) {
  const [over, setOver] = useState(false);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    onFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <div
      className={over ? 'drop-zone over' : 'drop-zone'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p>Drop CSV exports here, or</p>
      <label className="button">
        Choose files…
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          multiple
          hidden
          data-testid="file-input"
          onChange={(event) => {
            onFiles(Array.from(event.target.files ?? []));
            event.target.value = '';
          }}
        />
      </label>
      <p className="hint">Files are read in this browser only; nothing is uploaded.</p>
    </div>
  );
}
