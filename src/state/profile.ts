/**
 * A mapping profile: the confirmed mapping of one agency's export, remembered with
 * the exact header it was confirmed for so it is re-applied only to that header.
 */
import { headerSignature } from './profile-header';

/** A saved mapping of one agency's export type; TMapping is the mapper's own JSON. */
export interface MappingProfile<TMapping = unknown> {
  readonly name: string;
  readonly agency: string;
  readonly exportType: string;
  /** headerSignature(columns): what must match for the mapping to apply unreviewed. */
  readonly headerSignature: string;
  /** The header as the confirmed file spelled it, in file order. */
  readonly columns: readonly string[];
  readonly mapping: TMapping;
  /** ISO instant the mapping was confirmed. */
  readonly savedAt: string;
}

/** What the user confirms; the signature and time are filled in. */
export interface ProfileDraft<TMapping> {
  readonly name: string;
  readonly agency: string;
  readonly exportType: string;
  readonly columns: readonly string[];
  readonly mapping: TMapping;
}

/** Makes a profile from a confirmed mapping, stamped with its header signature. */
export function createMappingProfile<TMapping>(
  draft: ProfileDraft<TMapping>,
  now: Date = new Date(),
): MappingProfile<TMapping> {
  return {
    ...draft,
    columns: [...draft.columns],
    headerSignature: headerSignature(draft.columns),
    savedAt: now.toISOString(),
  };
}

/** Adds or replaces the profile with the same agency, export type and name. */
export function upsertProfile<TMapping>(
  profiles: readonly MappingProfile<TMapping>[],
  profile: MappingProfile<TMapping>,
): MappingProfile<TMapping>[] {
  const same = (other: MappingProfile<TMapping>) =>
    other.agency === profile.agency &&
    other.exportType === profile.exportType &&
    other.name === profile.name;
  return [...profiles.filter((other) => !same(other)), profile];
}
