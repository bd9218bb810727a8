/** Vietnamese text is stored in NFC: the same word always has the same code points. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** NFC-normalises every string inside a JSON value (e.g. a Lexical editor state). */
export function deepNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => deepNfc(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = deepNfc(item);
    return out as T;
  }
  return value;
}
