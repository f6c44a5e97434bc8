import type { StartingMapping } from '../../ingest/mapping-from-profile';

/** Says which saved profile the mapping comes from and, for a changed header, what changed. */
export function HeaderDiffNote({ start }: { readonly start: StartingMapping }) {
  const { profile, diff } = start;
  if (!profile) {
    return (
      <p className="note">
        No saved profile matches this header: the mapping below is a suggestion.
      </p>
    );
  }
  if (start.appliedAutomatically) {
    return (
      <p className="note" data-testid="profile-applied">
        The saved profile <strong>{profile.name}</strong> (
        {[profile.agency, profile.exportType].filter(Boolean).join(', ')}) matches this
        header exactly and has been applied. Check it and import.
      </p>
    );
  }
  return (
    <div className="warning" role="note" data-testid="header-changed">
      <p>
        This header differs from the saved profile <strong>{profile.name}</strong>, so its
        mapping is not applied silently. What changed:
      </p>
      <ul>
        {diff?.added.map((name) => (
          <li key={`+${name}`}>new column “{name}” (kept as an extra attribute)</li>
        ))}
        {diff?.removed.map((name) => (
          <li key={`-${name}`}>column “{name}” is gone</li>
        ))}
        {diff?.renamed.map(({ from, to }) => (
          <li key={`${from}>${to}`}>
            “{from}” is now “{to}” (its mapping was carried over)
          </li>
        ))}
        {diff && diff.reordered.length > 0 && <li>moved: {diff.reordered.join(', ')}</li>}
      </ul>
    </div>
  );
}
