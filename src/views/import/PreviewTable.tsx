import type { FilePreview } from '../../ingest/file-preview';

const SHOWN_ROWS = 5;

/** The first rows of a file exactly as they are written in it. */
export function PreviewTable({ preview }: { readonly preview: FilePreview }) {
  return (
    <div className="preview-scroll">
      <table className="preview">
        <caption>First {SHOWN_ROWS} rows, as written in the file</caption>
        <thead>
          <tr>
            {preview.columns.map((name, index) => (
              <th key={index}>{name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.slice(0, SHOWN_ROWS).map((row, rowIndex) => (
            <tr key={rowIndex}>
              {preview.columns.map((_, index) => (
                <td key={index}>{row[index] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
