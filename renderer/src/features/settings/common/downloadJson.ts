/**
 * Saves JSON text as a file through the browser's download (in Electron the same download asks
 * where to save). The preload has no save-file bridge of its own for this.
 */
export function downloadJson(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  // The download has taken the bytes once the click has been handled.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
