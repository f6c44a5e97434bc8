import type { FileAnalysis } from '../../ingest/analyse-file';
import { columnReading, fieldType, targetFields } from '../../ingest/draft-mapping';
import type { ColumnMapping, MeasureColumn } from '../../ingest/import-mapping';
import { DEFAULT_FLAG_VALUES } from '../../ingest/values';
import {
  FIELD_VOCABULARIES,
  VALUE_KINDS,
  type DatasetKind,
  type ValueKind,
} from '../../model/datasets';
import { AgeWordsEditor } from './AgeWordsEditor';
import { DateFormatPicker } from './DateFormatPicker';
import { FlagValuesEditor } from './FlagValuesEditor';
import { distinctValues } from './sample-values';
import { ValueMapEditor } from './ValueMapEditor';

/** Open fields whose values an analyst may still want to rename. */
const RENAMED_FIELDS = new Set(['release_type']);

interface Props {
  readonly analysis: FileAnalysis;
  readonly dataset: DatasetKind;
  readonly mapping: ColumnMapping;
  readonly onChange: (next: ColumnMapping) => void;
  /** Set when the column is one measure of a wide aggregate export. */
  readonly measure?: MeasureColumn;
  readonly onMeasureChange?: (measure: MeasureColumn | null) => void;
}

/** A wide export's column read as one measure, its unit guessed from the sample. */
function measureOf(
  analysis: FileAnalysis,
  column: string,
  valueKind: ValueKind,
): MeasureColumn {
  const percent = distinctValues(analysis, column).some(([value]) => value.endsWith('%'));
  return {
    column,
    measure: column,
    valueKind,
    ...(percent
      ? { unit: '%', numberStyle: { decimalMark: '.', percent: 'points' } }
      : {}),
  };
}

const targetValue = (mapping: ColumnMapping, measure: MeasureColumn | undefined) => {
  if (measure) return `measure:${measure.valueKind}`;
  return mapping.target.kind === 'field' ? mapping.target.field : mapping.target.kind;
};

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
  const vocabulary = FIELD_VOCABULARIES[field];
  if (vocabulary || RENAMED_FIELDS.has(field)) {
    return (
      <ValueMapEditor
        values={values}
        valueMap={mapping.valueMap ?? {}}
        choices={vocabulary ?? []}
        onChange={(valueMap) => onChange({ ...mapping, valueMap })}
      />
    );
  }
  return null;
}

/** One export column: its sample values, where it goes, and how it is read. */
export function ColumnRow(props: Props) {
  const { analysis, dataset, mapping, onChange, measure, onMeasureChange } = props;
  const samples = distinctValues(analysis, mapping.column).slice(0, 3);
  const choose = (value: string) => {
    const kind = VALUE_KINDS.find((k) => value === `measure:${k}`);
    if (kind) {
      onChange({ column: mapping.column, target: { kind: 'ignore' } });
      onMeasureChange?.(measureOf(analysis, mapping.column, kind));
      return;
    }
    onMeasureChange?.(null);
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
          value={targetValue(mapping, measure)}
          onChange={(event) => choose(event.target.value)}
        >
          <option value="extra">keep as extra attribute</option>
          <option value="ignore">ignore</option>
          {dataset === 'aggregates' && (
            <>
              <option value="measure:count">a measure: counts (may be summed)</option>
              <option value="measure:stock">
                a measure: point-in-time counts (never summed across periods)
              </option>
              <option value="measure:rate">a measure: rates (never summed)</option>
            </>
          )}
          {targetFields(dataset).map((field) => (
            <option key={field} value={field}>
              {field}
            </option>
          ))}
        </select>
      </td>
      <td>
        {measure ? (
          <span className="formats">
            one record per row for “{measure.measure}”
            {measure.unit ? ` (${measure.unit})` : ''}
          </span>
        ) : (
          <Reading {...props} />
        )}
      </td>
    </tr>
  );
}
