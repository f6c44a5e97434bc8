/** Saves a blob as a file through the browser's download, without leaving the page. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked on the next tick: Chromium needs the URL while it starts the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * What a text file is written from: a CSV starts with a byte-order mark, which makes
 * Excel read UTF-8 (area names with accents) correctly; JSON must not, as strict
 * parsers refuse it.
 */
export function textFileParts(text: string, type: string): string[] {
  return type.startsWith('text/csv') ? ['\uFEFF', text] : [text];
}

/** Saves text as a file through the browser's download, without leaving the page. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob(textFileParts(text, type), { type }));
}
