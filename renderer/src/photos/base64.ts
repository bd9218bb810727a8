/** Bytes per slice: a multiple of 3, so slices encode without padding in the middle. */
const CHUNK = 3 * 0x4000;

/** Uint8Array.prototype.toBase64 (Chromium 140+): native, where the page has it. */
type MaybeNative = Uint8Array & { toBase64?: () => string };

function sliceToBase64(slice: MaybeNative): string {
  if (typeof slice.toBase64 === 'function') return slice.toBase64();
  return btoa(String.fromCharCode(...slice));
}

/**
 * Base64 of a file's bytes, a slice at a time (natively where the browser can, else
 * String.fromCharCode over a slice, not a string grown byte by byte), then one join. Yields every
 * `yieldEvery` slices (96 KB by default) so the reporter's keystrokes run between them: the
 * typing-during-import bench saw 0.8 MB between yields block typing for seconds on a busy machine
 * while a 200-photo card was handed over.
 */
export async function base64Of(bytes: Uint8Array, yieldEvery = 2): Promise<string> {
  const parts: string[] = [];
  for (let offset = 0, n = 0; offset < bytes.length; offset += CHUNK, n++) {
    parts.push(sliceToBase64(bytes.subarray(offset, offset + CHUNK)));
    if (n % yieldEvery === yieldEvery - 1) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return parts.join('');
}
