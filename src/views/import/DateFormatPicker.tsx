import { DATE_FORMATS, type DateFormatId } from '../../ingest/date-catalog';

interface Props {
  readonly column: string;
  readonly formats: readonly DateFormatId[];
  readonly onChange: (formats: DateFormatId[]) => void;
}

const ALL = Object.values(DATE_FORMATS);

/** Shows the formats read from the sample and lets the analyst name the right one. */
export function DateFormatPicker({ column, formats, onChange }: Props) {
  const detected = formats.map((id) => DATE_FORMATS[id].label).join('; ');
  return (
    <span className="formats">
      {formats.length === 0 ? (
        <strong className="error">
          No date format recognised in the sample: choose one.
        </strong>
      ) : (
        <>Read as {detected}. </>
      )}{' '}
      <select
        aria-label={`Date format of ${column}`}
        value={formats.length === 1 ? formats[0] : ''}
        onChange={(event) => onChange([event.target.value as DateFormatId])}
      >
        <option value="" disabled>
          {formats.length > 1 ? 'several formats (as detected)' : 'choose a format…'}
        </option>
        {ALL.map((format) => (
          <option key={format.id} value={format.id}>
            {format.label}
          </option>
        ))}
      </select>
    </span>
  );
}
