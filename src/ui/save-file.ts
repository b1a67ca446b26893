// Hands a file made in the page to the visitor as a download: a Blob behind an object URL and a
// link with `download`. A download is a navigation, so the CSP's fetch directives (img-src,
// connect-src) do not apply to the blob: URL.
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: a browser may still be reading the blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A text as a file download. */
export function saveFile(fileName: string, text: string, mediaType: string): void {
  saveBlob(new Blob([text], { type: mediaType }), fileName);
}
