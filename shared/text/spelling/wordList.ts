/**
 * A word list as the desk shares it: a plain UTF-8 text file, one word or name per line, "#"
 * starts a comment. Names of several words ("Cần Thơ") are kept whole in the file and checked
 * word by word, so each of their words is accepted.
 */
export function parseWordList(text: string): string[] {
  const words = new Set<string>();
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim().normalize('NFC');
    if (line) words.add(line);
  }
  return [...words];
}

export function formatWordList(words: readonly string[], heading?: string): string {
  const head = heading ? `# ${heading}\n` : '';
  return `${head}${[...words].sort((a, b) => a.localeCompare(b, 'vi')).join('\n')}\n`;
}
