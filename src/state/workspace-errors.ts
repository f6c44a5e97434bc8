/**
 * Errors for workspace and profile files: each carries a stable code and a message
 * that tells the user what is wrong with the file and what to do.
 */

/** Why a workspace, profile or program file could not be used. */
export type WorkspaceErrorCode =
  | 'not-a-workspace'
  | 'unsupported-version'
  | 'damaged-file'
  | 'invalid-profiles'
  | 'invalid-programs'
  | 'unsupported-column'
  | 'missing-table';

/** A file or snapshot that cannot be saved or opened, with a stable code. */
export class WorkspaceError extends Error {
  constructor(
    readonly code: WorkspaceErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WorkspaceError';
  }
}
