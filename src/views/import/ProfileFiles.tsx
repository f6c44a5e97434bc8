import { useState } from 'react';
import type { ImportMapping } from '../../ingest/import-mapping';
import type { MappingProfile } from '../../state/profile';
import { profilesFromJSON, profilesToJSON } from '../../state/profile-file';
import { upsertProfile } from '../../state/profile';
import { downloadText } from '../shared/download';

interface Props {
  readonly profiles: readonly MappingProfile<ImportMapping>[];
  readonly onChange: (
    profiles: readonly MappingProfile<ImportMapping>[],
  ) => Promise<void>;
}

/** Lists saved mapping profiles and moves them in and out as JSON files. */
export function ProfileFiles({ profiles, onChange }: Props) {
  const [message, setMessage] = useState('');

  const exportProfiles = () =>
    downloadText(
      'outcomestat-profiles.json',
      profilesToJSON(profiles),
      'application/json',
    );
  const importProfiles = async (file: File) => {
    try {
      const read = profilesFromJSON<ImportMapping>(await file.text());
      await onChange(read.reduce(upsertProfile, profiles));
      setMessage(`${read.length} profile${read.length === 1 ? '' : 's'} imported.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <details className="profiles">
      <summary>Saved mapping profiles ({profiles.length})</summary>
      <ul>
        {profiles.map((profile) => (
          <li key={`${profile.agency}/${profile.exportType}/${profile.name}`}>
            {profile.name} — {profile.agency || 'no agency'}, {profile.exportType} (
            {profile.columns.length} columns, saved {profile.savedAt.slice(0, 10)})
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" disabled={profiles.length === 0} onClick={exportProfiles}>
          Export profiles (JSON)
        </button>
        <label className="button">
          Import profiles…
          <input
            type="file"
            accept=".json,application/json"
            hidden
            data-testid="profiles-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void importProfiles(file);
              event.target.value = '';
            }}
          />
        </label>
      </div>
      {message && <p role="status">{message}</p>}
    </details>
  );
}
