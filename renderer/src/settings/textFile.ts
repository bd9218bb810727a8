/**
 * Hands a text file to the person (the outlet word list, the code table): a Blob behind an
 * <a download>. The same in the web host (the browser's download) and in Electron's renderer (its
 * save dialog), with no bridge call.
 */
export function downloadTextFile(name: string, text: string, type = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click starts the download at once; the address is released after it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "1.2 MB", "640 KB": a file's size as people read it. */
export function sizeOf(bytes: number, locale: string): string {
  const format = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${format(bytes / 1024 / 1024)} MB` : `${format(Math.ceil(bytes / 1024))} KB`;
}
