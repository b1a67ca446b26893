// Hands a file made in the browser to the visitor as a download.

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; the address is released afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
