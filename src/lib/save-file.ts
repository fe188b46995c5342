/**
 * Hands bytes to the browser as a download with the given name: a blob URL on a temporary link.
 * The URL is revoked a minute later, once the browser has surely taken the file.
 */
export function saveFile(bytes: Uint8Array, name: string, type: string): void {
  // A copy, so the blob never shares (or is typed over) a caller's larger buffer.
  const blob = new Blob([new Uint8Array(bytes)], { type });
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
