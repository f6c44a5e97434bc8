import type { ImportResult } from '../../ingest/run-import';
import { reportToCSV, type IssueList } from '../../ingest/validation-report';
import { formatCount } from '../format';
import { downloadText } from '../shared/download';

interface Props {
  readonly result: ImportResult & { readonly seconds: number };
  readonly onReview: () => void;
}

const SHOWN = 20;

function IssueSection<T>({
  title,
  list,
  testId,
  render,
}: {
  /** What the count counts, for one and for several. */
  readonly title: readonly [string, string];
  readonly list: IssueList<T>;
  readonly testId: string;
  readonly render: (item: T) => string;
}) {
  if (list.count === 0) return null;
  return (
    <details open={list.count <= 10}>
      <summary data-testid={testId}>
        {formatCount(list.count)} {list.count === 1 ? title[0] : title[1]}
      </summary>
      <ul className="issues">
        {list.items.slice(0, SHOWN).map((item, index) => (
          <li key={index}>{render(item)}</li>
        ))}
        {list.count > SHOWN && (
          <li>…and {formatCount(list.count - SHOWN)} more in the CSV.</li>
        )}
      </ul>
    </details>
  );
}

/** Every import's report: what loaded, and every row and value that did not fit. */
export function ValidationReportView({ result, onReview }: Props) {
  const { report, log } = result;
  const merge = report.merge;
  return (
    <section className="import-report" aria-label={`Import report for ${log.fileName}`}>
      <h3>{log.fileName}</h3>
      <p>
        Read <span data-testid="rows-read">{formatCount(report.rowsRead)}</span> rows into{' '}
        {report.dataset.replace('_', ' ')}:{' '}
        <span data-testid="records-new">{formatCount(merge?.new ?? 0)}</span> new,{' '}
        <span data-testid="records-updated">{formatCount(merge?.updated ?? 0)}</span>{' '}
        updated,{' '}
        <span data-testid="records-unchanged">{formatCount(merge?.unchanged ?? 0)}</span>{' '}
        already loaded and unchanged, in{' '}
        <span data-testid="import-seconds">{result.seconds.toFixed(1)}</span> s.
      </p>
      {report.duplicates.items.some((d) => d.resolution === 'later line kept') && (
        <p className="warning" data-testid="ids-kept-once">
          Some record ids are on more than one line: each keeps only its later line, so
          those rows count once (listed below). If the ids can repeat, import again with
          no record id.
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onReview}>
          Review its months
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(
              `${log.fileName}-import-report.csv`,
              reportToCSV(report),
              'text/csv',
            )
          }
        >
          Download the report (CSV)
        </button>
      </div>
      <IssueSection
        title={[
          'row could not be read and was not loaded',
          'rows could not be read and were not loaded',
        ]}
        list={report.rejected}
        testId="rows-rejected"
        render={(row) =>
          `line ${row.line}${row.column ? `, ${row.column}` : ''}: ${row.reason}`
        }
      />
      <IssueSection
        title={[
          'row had fewer fields than the header (loaded, missing cells empty)',
          'rows had fewer fields than the header (loaded, missing cells empty)',
        ]}
        list={report.shortRows}
        testId="short-rows"
        render={(line) => `line ${line}`}
      />
      <IssueSection
        title={[
          'value did not fit its field (row loaded, the field left empty)',
          'values did not fit their field (rows loaded, the field left empty)',
        ]}
        list={report.unfitValues}
        testId="unfit-values"
        render={(v) =>
          `line ${v.line}, ${v.column} → ${v.field}: “${v.value}” ${v.reason}`
        }
      />
      <IssueSection
        title={['value is not in the mapping', 'values are not in the mapping']}
        list={report.outsideMapping}
        testId="outside-mapping"
        render={(v) => `${v.column}: “${v.value}” × ${v.count}`}
      />
      <IssueSection
        title={['date is in the future', 'dates are in the future']}
        list={report.futureDates}
        testId="future-dates"
        render={(d) => `line ${d.line}, ${d.field}: ${d.value}`}
      />
      <IssueSection
        title={['date is implausibly early', 'dates are implausibly early']}
        list={report.earlyDates}
        testId="early-dates"
        render={(d) => `line ${d.line}, ${d.field}: ${d.value}`}
      />
      <IssueSection
        title={
          report.dataset === 'aggregates'
            ? [
                'record id or published figure appears more than once',
                'record ids or published figures appear more than once',
              ]
            : ['record id appears more than once', 'record ids appear more than once']
        }
        list={report.duplicates}
        testId="duplicates"
        render={(d) => `${d.key} on lines ${d.lines.join(', ')} (${d.resolution})`}
      />
      <details>
        <summary>Field coverage</summary>
        <table className="coverage">
          <tbody>
            {report.coverage.map((field) => (
              <tr key={field.field}>
                <th scope="row">{field.field}</th>
                <td>{field.percent.toFixed(1)}%</td>
                <td>
                  {formatCount(field.present)} of {formatCount(field.total)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
