/**
 * Finds the saved mapping for an arriving file. Only an identical header (after
 * normalising) is applied automatically; any other difference goes to the user.
 */
import type { MappingProfile } from './profile';
import {
  diffHeaders,
  headerSignature,
  normaliseColumnName,
  type HeaderDiff,
} from './profile-header';

/** A closest profile needs at least this share of columns in common to be offered. */
export const MIN_SHARED_COLUMNS = 0.5;

/** What to do with an arriving file's header. */
export type ProfileMatch<TMapping> =
  | {
      /** Same header as exactly one profile: apply its mapping without asking. */
      readonly kind: 'exact';
      readonly profile: MappingProfile<TMapping>;
      readonly applyAutomatically: true;
    }
  | {
      /** Same header as several profiles with different mappings: the user picks. */
      readonly kind: 'ambiguous';
      readonly profiles: readonly MappingProfile<TMapping>[];
      readonly applyAutomatically: false;
    }
  | {
      /** A similar header: show the diff and let the user confirm or edit the mapping. */
      readonly kind: 'review';
      readonly profile: MappingProfile<TMapping>;
      readonly diff: HeaderDiff;
      readonly applyAutomatically: false;
    }
  | { readonly kind: 'none'; readonly applyAutomatically: false };

/** Narrows the search to one agency or export type when the user has said which. */
export interface ProfileScope {
  readonly agency?: string;
  readonly exportType?: string;
}

// Jaccard similarity of the normalised name sets.
function sharedShare(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a.map(normaliseColumnName));
  const right = new Set(b.map(normaliseColumnName));
  const shared = [...left].filter((name) => right.has(name)).length;
  const union = new Set([...left, ...right]).size;
  return union === 0 ? 0 : shared / union;
}

const newestFirst = <T>(a: MappingProfile<T>, b: MappingProfile<T>) =>
  b.savedAt.localeCompare(a.savedAt);

function inScope<T>(profile: MappingProfile<T>, scope: ProfileScope): boolean {
  return (
    (scope.agency === undefined || profile.agency === scope.agency) &&
    (scope.exportType === undefined || profile.exportType === scope.exportType)
  );
}

/** Picks the profile for a file's header: exact, ambiguous, for review, or none. */
export function findProfile<TMapping>(
  profiles: readonly MappingProfile<TMapping>[],
  columns: readonly string[],
  scope: ProfileScope = {},
): ProfileMatch<TMapping> {
  const candidates = profiles.filter((profile) => inScope(profile, scope));
  const signature = headerSignature(columns);
  // Recomputed rather than trusting the stored signature, which an imported file could misstate.
  const exact = candidates.filter((p) => headerSignature(p.columns) === signature);
  const mappings = new Set(exact.map((profile) => JSON.stringify(profile.mapping)));
  if (exact.length > 0 && mappings.size === 1)
    return {
      kind: 'exact',
      profile: exact.sort(newestFirst)[0]!,
      applyAutomatically: true,
    };
  if (exact.length > 1)
    return {
      kind: 'ambiguous',
      profiles: exact.sort(newestFirst),
      applyAutomatically: false,
    };

  const scored = candidates
    .map((profile) => ({ profile, share: sharedShare(profile.columns, columns) }))
    .filter(({ share }) => share >= MIN_SHARED_COLUMNS)
    .sort((a, b) => b.share - a.share || newestFirst(a.profile, b.profile));
  const closest = scored[0]?.profile;
  if (!closest) return { kind: 'none', applyAutomatically: false };
  return {
    kind: 'review',
    profile: closest,
    diff: diffHeaders(closest.columns, columns),
    applyAutomatically: false,
  };
}
