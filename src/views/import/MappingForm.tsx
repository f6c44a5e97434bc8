import { useMemo, useState } from 'react';
import { guessDateOrder } from '../../ingest/date-order';
import type { DateOrder, EventMapping } from '../../ingest/event-mapping';
import type { FilePreview } from '../../ingest/file-preview';
import {
  columnValues,
  guessBreakdowns,
  guessDateColumn,
  guessFlag,
  valueCounts,
} from './column-guesses';
import { PreviewTable } from './PreviewTable';

interface Props {
  readonly preview: FilePreview;
  readonly onLoad: (mapping: EventMapping) => void;
  readonly onCancel: () => void;
}

const ORDER_LABELS: Record<DateOrder, string> = {
  ymd: 'Year-month-day (2024-03-31)',
  mdy: 'Month/day/year (3/31/2024, US)',
  dmy: 'Day/month/year (31/3/2024)',
};

/** Asks which column is the date, which are breakdowns and what the outcome is. */
export function MappingForm({ preview, onLoad, onCancel }: Props) {
  const flag = useMemo(() => guessFlag(preview), [preview]);
  const [dateColumn, setDateColumn] = useState(() => guessDateColumn(preview));
  const [breakdowns, setBreakdowns] = useState(() => guessBreakdowns(preview));
  const [outcomeColumn, setOutcomeColumn] = useState(flag.column);
  const [outcomeKind, setOutcomeKind] = useState<'flag' | 'below'>('flag');
  const [yesValues, setYesValues] = useState<string[]>(flag.yesValues);
  const [threshold, setThreshold] = useState(18);
  const [eventNoun, setEventNoun] = useState('events');

  const dateGuess = useMemo(
    () => guessDateOrder(columnValues(preview, dateColumn)),
    [preview, dateColumn],
  );
  const [chosenOrder, setChosenOrder] = useState<DateOrder | null>(null);
  const dateOrder = chosenOrder ?? dateGuess.order;
  const outcomeValues = valueCounts(columnValues(preview, outcomeColumn));

  const submit = () => {
    if (!dateOrder) return;
    const outcome =
      outcomeKind === 'flag'
        ? { kind: 'flag' as const, column: outcomeColumn, yesValues }
        : { kind: 'below' as const, column: outcomeColumn, threshold };
    onLoad({ dateColumn, dateOrder, breakdownColumns: breakdowns, outcome, eventNoun });
  };

  return (
    <form
      className="mapping-form"
      aria-label={`Map ${preview.fileName}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3>Map “{preview.fileName}”</h3>
      <PreviewTable preview={preview} />

      <fieldset>
        <legend>Event date</legend>
        <label>
          Column{' '}
          <select
            name="date-column"
            value={dateColumn}
            onChange={(event) => {
              setDateColumn(event.target.value);
              setChosenOrder(null);
            }}
          >
            {preview.columns.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          Written as{' '}
          <select
            name="date-order"
            value={dateOrder ?? ''}
            onChange={(event) => setChosenOrder(event.target.value as DateOrder)}
          >
            <option value="" disabled>
              Choose…
            </option>
            {(Object.keys(ORDER_LABELS) as DateOrder[]).map((order) => (
              <option key={order} value={order}>
                {ORDER_LABELS[order]}
              </option>
            ))}
          </select>
        </label>
        {dateGuess.ambiguous && (
          <p className="warning" role="note">
            Every sample date has day and month of 12 or less, so the data cannot show
            which comes first. Choose the order the export uses.
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>Breakdowns (precinct, area, program…)</legend>
        {preview.columns.map((name) => (
          <label key={name} className="check">
            <input
              type="checkbox"
              name="breakdown"
              value={name}
              checked={breakdowns.includes(name)}
              onChange={(event) =>
                setBreakdowns((previous) =>
                  event.target.checked
                    ? [...previous, name]
                    : previous.filter((column) => column !== name),
                )
              }
            />
            {name}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Outcome to rate</legend>
        <label>
          Column{' '}
          <select
            name="outcome-column"
            value={outcomeColumn}
            onChange={(event) => {
              setOutcomeColumn(event.target.value);
              setYesValues([]);
            }}
          >
            {preview.columns.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          <input
            type="radio"
            name="outcome-kind"
            value="flag"
            checked={outcomeKind === 'flag'}
            onChange={() => setOutcomeKind('flag')}
          />
          counts when the value is one of
        </label>{' '}
        <label>
          <input
            type="radio"
            name="outcome-kind"
            value="below"
            checked={outcomeKind === 'below'}
            onChange={() => setOutcomeKind('below')}
          />
          counts when the number is below{' '}
          <input
            type="number"
            name="outcome-threshold"
            value={threshold}
            onChange={(event) => setThreshold(Number(event.target.value))}
            disabled={outcomeKind !== 'below'}
          />
        </label>
        {outcomeKind === 'flag' && (
          <div className="value-list">
            {outcomeValues.slice(0, 20).map(([value, count]) => (
              <label key={value} className="check">
                <input
                  type="checkbox"
                  name="yes-value"
                  value={value}
                  checked={yesValues.includes(value)}
                  onChange={(event) =>
                    setYesValues((previous) =>
                      event.target.checked
                        ? [...previous, value]
                        : previous.filter((item) => item !== value),
                    )
                  }
                />
                {value === '' ? '(blank)' : value} <span className="count">×{count}</span>
              </label>
            ))}
          </div>
        )}
      </fieldset>

      <label>
        One row is one of these:{' '}
        <input
          name="event-noun"
          value={eventNoun}
          onChange={(event) => setEventNoun(event.target.value)}
        />
      </label>

      <div className="actions">
        <button type="submit" disabled={!dateOrder}>
          Load file
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
