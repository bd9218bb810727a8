/** Bytes per chunk: a multiple of 3, so chunks encode without padding in the middle. */
const CHUNK = 3 * 0x8000;

/**
 * Base64 of a file's bytes, a chunk at a time: String.fromCharCode over a slice (not a string
 * grown byte by byte), then one join. Yields between chunks so a big photo never freezes the window.
 */
export async function base64Of(bytes: Uint8Array, yieldEvery = 32): Promise<string> {
  const parts: string[] = [];
  for (let offset = 0, n = 0; offset < bytes.length; offset += CHUNK, n++) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(offset, offset + CHUNK))));
    if (n % yieldEvery === yieldEvery - 1) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return parts.join('');
}
