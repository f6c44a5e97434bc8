import type { ImportReport } from '../../ingest/import-file';

const number = new Intl.NumberFormat('en-US');
const SHOWN_REJECTS = 50;

/** What one import loaded and every row it could not read. */
export function ImportReportView({
  report,
  onReview,
}: {
  readonly report: ImportReport;
  readonly onReview: () => void;
}) {
  const { rejected, unreadableDates } = report;
  return (
    <section
      className="import-report"
      aria-label={`Import report for ${report.source.label}`}
    >
      <p>
        <strong>{report.source.label}</strong>: loaded{' '}
        <span data-testid="rows-loaded">{number.format(report.rowsLoaded)}</span> rows in{' '}
        <span data-testid="load-seconds">{report.seconds.toFixed(2)}</span> s.
      </p>
      <button type="button" onClick={onReview}>
        Review its months
      </button>
      {unreadableDates.count > 0 && (
        <p className="warning" data-testid="unreadable-dates">
          {number.format(unreadableDates.count)} rows have a date that could not be read
          and are left out of the monthly figures (first on lines{' '}
          {unreadableDates.firstLines.join(', ')}).
        </p>
      )}
      {rejected.length > 0 && (
        <details open={rejected.length <= 10}>
          <summary data-testid="rows-rejected">
            {number.format(rejected.length)} rows could not be read
          </summary>
          <table className="rejects">
            <thead>
              <tr>
                <th>Line</th>
                <th>Why</th>
                <th>Text</th>
              </tr>
            </thead>
            <tbody>
              {rejected.slice(0, SHOWN_REJECTS).map((row) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <td>{row.reason}</td>
                  <td>
                    <code>{row.text}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
