/**
 * Errors an import can end with, each with a stable code and a message in the
 * analyst's words. The app shows the message and keeps working.
 */

/** Stable codes of import failures. */
export type ImportErrorCode =
  'empty-file' | 'not-csv' | 'unreadable-file' | 'load-failed';

/** An import that could not go ahead. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ImportError';
  }
}
