import { useState } from 'react';
import type { FileAnalysis } from '../../ingest/analyse-file';
import {
  draftMapping,
  followUpEvidence,
  needsDayMonthOrder,
  withDayMonthOrder,
} from '../../ingest/draft-mapping';
import { followUpReason } from '../../ingest/draft-mapping-releases';
import { recordIdEvidence, recordIdReason } from '../../ingest/draft-record-id';
import type { ColumnMapping, ImportMapping } from '../../ingest/import-mapping';
import type { StartingMapping } from '../../ingest/mapping-from-profile';
import { ageSourceNote, mappingProblems } from '../../ingest/mapping-checks';
import { DATASET_FIELDS, type DatasetKind } from '../../model/datasets';
import type { PlainRow } from '../../engine/plain-rows';
import { ColumnRow } from './ColumnRow';
import { MappingPreview } from './MappingPreview';
import { ConstantsEditor } from './ConstantsEditor';
import { SplitEditor } from './SplitEditor';
import { HeaderDiffNote } from './HeaderDiffNote';

/** The profile the analyst asks to save with the import. */
export interface ProfileRequest {
  readonly name: string;
  readonly agency: string;
  readonly exportType: string;
}

interface Props {
  readonly analysis: FileAnalysis;
  readonly start: StartingMapping;
  readonly preview: (mapping: ImportMapping, signal: AbortSignal) => Promise<PlainRow[]>;
  readonly onConfirm: (mapping: ImportMapping, profile: ProfileRequest | null) => void;
  readonly onCancel: () => void;
}

const DATASETS = Object.keys(DATASET_FIELDS) as DatasetKind[];

/** Why a fixed value the file implies holds, while the mapping still holds that value. */
function constantNotes(
  analysis: FileAnalysis,
  mapping: ImportMapping,
): Record<string, string> {
  const evidence = followUpEvidence(analysis, mapping);
  if (!evidence || mapping.constants?.follow_up_months !== evidence.months) return {};
  return { follow_up_months: followUpReason(evidence) };
}

/** Confirms, column by column, how an export becomes a canonical dataset. */
export function MappingScreen({ analysis, start, preview, onConfirm, onCancel }: Props) {
  const [mapping, setMapping] = useState(start.mapping);
  const [profile, setProfile] = useState<ProfileRequest>({
    name: start.profile?.name ?? analysis.fileName.replace(/\.[^.]+$/, ''),
    agency: start.profile?.agency ?? '',
    exportType: start.profile?.exportType ?? mapping.dataset,
  });
  const [saveProfile, setSaveProfile] = useState(!start.appliedAutomatically);
  const unanswered = needsDayMonthOrder(analysis, mapping);
  const problems = mappingProblems(mapping);
  const blocked = unanswered.length > 0 || problems.length > 0;
  const ageNote = ageSourceNote(mapping);
  const idEvidence = recordIdEvidence(analysis, mapping.dataset);
  // Offered while no id is chosen, and explained once it is.
  const idOffered =
    !!idEvidence &&
    (mapping.recordIdColumn === null || mapping.recordIdColumn === idEvidence.column);

  const setColumn = (next: ColumnMapping) =>
    setMapping((previous) => ({
      ...previous,
      columns: previous.columns.map((column) =>
        column.column === next.column ? next : column,
      ),
    }));
  const programColumn = mapping.columns.some(
    (column) => column.target.kind === 'field' && column.target.field === 'program',
  );

  return (
    <form
      className="mapping-form"
      aria-label={`Map ${analysis.fileName}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!blocked) onConfirm(mapping, saveProfile ? profile : null);
      }}
    >
      <h3>Map “{analysis.fileName}”</h3>
      <p className="hint">
        {analysis.encoding.toUpperCase()}, “
        {analysis.dialect.delimiter === '\t' ? 'tab' : analysis.dialect.delimiter}”
        between fields, {analysis.dialect.columnNames.length} columns; sample of{' '}
        {analysis.sampleRows.length} rows.
        {analysis.dialect.extraHeaderRows.length > 0 &&
          ' Lines ' +
            analysis.dialect.extraHeaderRows.map((row) => row.line).join(', ') +
            ' above or below the header are skipped.'}
      </p>
      <HeaderDiffNote start={start} />

      <label>
        These records are{' '}
        <select
          name="dataset"
          value={mapping.dataset}
          onChange={(event) =>
            setMapping(
              draftMapping(analysis, mapping.timeZone, event.target.value as DatasetKind),
            )
          }
        >
          {DATASETS.map((kind) => (
            <option key={kind} value={kind}>
              {kind.replace('_', ' ')}
            </option>
          ))}
        </select>
      </label>

      {unanswered.map((column) => (
        <fieldset key={column} className="warning" data-testid="day-month-question">
          <legend>Which comes first in “{column}”?</legend>
          <p>
            Every sample date has day and month of 12 or less, so the data cannot show it.
          </p>
          {(['month-first', 'day-first'] as const).map((order) => (
            <label key={order} className="check">
              <input
                type="radio"
                name={`order-${column}`}
                onChange={() =>
                  setColumn(
                    withDayMonthOrder(
                      analysis,
                      mapping.columns.find((c) => c.column === column)!,
                      order,
                    ),
                  )
                }
              />
              {order === 'month-first'
                ? 'Month first (US: 03/04/2023 is 4 March)'
                : 'Day first (03/04/2023 is 3 April)'}
            </label>
          ))}
        </fieldset>
      ))}

      <table className="column-mapping">
        <thead>
          <tr>
            <th>Column</th>
            <th>Sample values</th>
            <th>Field</th>
            <th>How its values are read</th>
          </tr>
        </thead>
        <tbody>
          {mapping.columns.map((column) => (
            <ColumnRow
              key={column.column}
              analysis={analysis}
              dataset={mapping.dataset}
              mapping={column}
              onChange={setColumn}
              measure={mapping.measures?.find(
                (measure) => measure.column === column.column,
              )}
              onMeasureChange={(measure) =>
                setMapping((previous) => ({
                  ...previous,
                  measures: [
                    ...(previous.measures ?? []).filter(
                      (m) => m.column !== column.column,
                    ),
                    ...(measure ? [measure] : []),
                  ],
                }))
              }
            />
          ))}
        </tbody>
      </table>
      {ageNote && (
        <p className="hint" data-testid="age-source-note">
          {ageNote}
        </p>
      )}

      <fieldset>
        <legend>Records</legend>
        <label>
          Record id{' '}
          <select
            name="record-id"
            value={mapping.recordIdColumn ?? ''}
            onChange={(event) =>
              setMapping({ ...mapping, recordIdColumn: event.target.value || null })
            }
          >
            <option value="">none: tell records apart by their contents</option>
            {analysis.dialect.columnNames.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>{' '}
        {idOffered && (
          <p className="hint" data-testid="record-id-note">
            {recordIdReason(idEvidence)}{' '}
            {mapping.recordIdColumn === null && (
              <button
                type="button"
                onClick={() =>
                  setMapping({ ...mapping, recordIdColumn: idEvidence.column })
                }
              >
                Use “{idEvidence.column}” as the record id
              </button>
            )}
          </p>
        )}
        {!programColumn && (
          <label>
            Program for the whole file{' '}
            <input
              name="program"
              value={mapping.program.kind === 'whole-file' ? mapping.program.program : ''}
              onChange={(event) =>
                setMapping({
                  ...mapping,
                  program: { kind: 'whole-file', program: event.target.value },
                })
              }
            />
          </label>
        )}{' '}
        <label>
          Agency time zone{' '}
          <input
            name="time-zone"
            value={mapping.timeZone}
            onChange={(event) => setMapping({ ...mapping, timeZone: event.target.value })}
          />
        </label>
        <p className="hint">
          Check the agency’s time zone: UTC time stamps are turned into its local dates.
        </p>
      </fieldset>

      <SplitEditor
        columns={analysis.dialect.columnNames}
        split={mapping.split}
        onChange={(split) =>
          setMapping((previous) => ({
            ...previous,
            ...(split ? { split } : { split: undefined }),
          }))
        }
      />
      <ConstantsEditor
        dataset={mapping.dataset}
        constants={mapping.constants ?? {}}
        notes={constantNotes(analysis, mapping)}
        onChange={(constants) => setMapping((previous) => ({ ...previous, constants }))}
      />

      <fieldset>
        <legend>
          <label className="check">
            <input
              type="checkbox"
              name="save-profile"
              checked={saveProfile}
              onChange={(event) => setSaveProfile(event.target.checked)}
            />
            Save this mapping as a profile, applied when a file with this header comes
            again
          </label>
        </legend>
        {saveProfile &&
          (['name', 'agency', 'exportType'] as const).map((key) => (
            <label key={key}>
              {key === 'exportType'
                ? 'Export type'
                : key[0]!.toUpperCase() + key.slice(1)}{' '}
              <input
                name={`profile-${key}`}
                value={profile[key]}
                onChange={(event) =>
                  setProfile({ ...profile, [key]: event.target.value })
                }
              />{' '}
            </label>
          ))}
      </fieldset>

      {problems.length === 0 && unanswered.length === 0 && (
        <MappingPreview mapping={mapping} preview={preview} />
      )}
      {problems.map((problem) => (
        <p key={problem} className="warning" data-testid="mapping-problem">
          {problem}
        </p>
      ))}
      <div className="actions">
        <button type="submit" disabled={blocked}>
          Import
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
