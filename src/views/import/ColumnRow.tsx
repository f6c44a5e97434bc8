import type { FileAnalysis } from '../../ingest/analyse-file';
import { columnReading, fieldType, targetFields } from '../../ingest/draft-mapping';
import type { ColumnMapping } from '../../ingest/import-mapping';
import { DEFAULT_FLAG_VALUES } from '../../ingest/values';
import { DESTINATION_CLASSES, type DatasetKind } from '../../model/datasets';
import { AgeWordsEditor } from './AgeWordsEditor';
import { DateFormatPicker } from './DateFormatPicker';
import { FlagValuesEditor } from './FlagValuesEditor';
import { distinctValues } from './sample-values';
import { ValueMapEditor } from './ValueMapEditor';

interface Props {
  readonly analysis: FileAnalysis;
  readonly dataset: DatasetKind;
  readonly mapping: ColumnMapping;
  readonly onChange: (next: ColumnMapping) => void;
}

const targetValue = (mapping: ColumnMapping) =>
  mapping.target.kind === 'field' ? mapping.target.field : mapping.target.kind;

/** How the chosen target reads this column's values. */
function Reading({ analysis, dataset, mapping, onChange }: Props) {
  if (mapping.target.kind !== 'field') return null;
  const field = mapping.target.field;
  const values = distinctValues(analysis, mapping.column);
  const type = fieldType(dataset, field);

  if (mapping.dateFormats) {
    return (
      <DateFormatPicker
        column={mapping.column}
        formats={mapping.dateFormats}
        onChange={(dateFormats) => onChange({ ...mapping, dateFormats })}
      />
    );
  }
  if (type === 'BOOLEAN') {
    return (
      <FlagValuesEditor
        values={values}
        flagValues={mapping.flagValues ?? DEFAULT_FLAG_VALUES}
        onChange={(flagValues) => onChange({ ...mapping, flagValues })}
      />
    );
  }
  if (field === 'age' || field === 'age_band') {
    return (
      <AgeWordsEditor
        values={values}
        ageWords={mapping.ageWords ?? {}}
        onChange={(ageWords) => onChange({ ...mapping, ageWords })}
      />
    );
  }
  if (field === 'destination_class' || field === 'release_type') {
    return (
      <ValueMapEditor
        values={values}
        valueMap={mapping.valueMap ?? {}}
        choices={field === 'destination_class' ? DESTINATION_CLASSES : []}
        onChange={(valueMap) => onChange({ ...mapping, valueMap })}
      />
    );
  }
  return null;
}

/** One export column: its sample values, where it goes, and how it is read. */
export function ColumnRow(props: Props) {
  const { analysis, dataset, mapping, onChange } = props;
  const samples = distinctValues(analysis, mapping.column).slice(0, 3);
  const choose = (value: string) => {
    if (value === 'extra' || value === 'ignore')
      onChange({ column: mapping.column, target: { kind: value } });
    else onChange(columnReading(analysis, dataset, mapping.column, value));
  };
  return (
    <tr data-column={mapping.column}>
      <th scope="row">{mapping.column}</th>
      <td className="samples">{samples.map(([value]) => value).join(' · ')}</td>
      <td>
        <select
          aria-label={`Field for ${mapping.column}`}
          value={targetValue(mapping)}
          onChange={(event) => choose(event.target.value)}
        >
          <option value="extra">keep as extra attribute</option>
          <option value="ignore">ignore</option>
          {targetFields(dataset).map((field) => (
            <option key={field} value={field}>
              {field}
            </option>
          ))}
        </select>
      </td>
      <td>
        <Reading {...props} />
      </td>
    </tr>
  );
}
