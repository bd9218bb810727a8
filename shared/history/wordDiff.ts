import { diffWords } from 'diff';
import { countWords } from '../format/words';
import { toNfc } from '../text/nfc';

export type DiffKind = 'same' | 'added' | 'removed';

/** A stretch of text that is in both versions, only in the newer one, or only in the older one. */
export interface DiffRun {
  kind: DiffKind;
  text: string;
}

/** A diff far too big to show word by word in reasonable time is shown as "all of it changed". */
const GIVE_UP_AFTER_MS = 1500;

let segmenter: Intl.Segmenter | null = null;
/**
 * Words are cut by the platform's Unicode word segmenter, not jsdiff's Latin regex: a syllable
 * like "Thơ" stays one token even if its marks arrive decomposed (NFD), and any script works.
 */
function vietnameseWords(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('vi', { granularity: 'word' });
  return segmenter;
}

/**
 * The word-level difference between two texts (jsdiff's `diffWords`), both read as NFC. Spaces
 * alone never count as a change; a paragraph break ("\n") is kept inside the runs.
 */
export function diffWordsOf(before: string, after: string): DiffRun[] {
  const older = toNfc(before);
  const newer = toNfc(after);
  if (older === newer) return older === '' ? [] : [{ kind: 'same', text: older }];
  const changes = diffWords(older, newer, { intlSegmenter: vietnameseWords(), timeout: GIVE_UP_AFTER_MS });
  if (!changes) {
    const runs: DiffRun[] = [];
    if (older) runs.push({ kind: 'removed', text: older });
    if (newer) runs.push({ kind: 'added', text: newer });
    return runs;
  }
  return changes
    .filter((c) => c.value !== '')
    .map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

/**
 * The runs cut into paragraphs at line breaks, as they are shown: a break inside an added or
 * removed run starts a new paragraph too. Paragraphs with no visible text are left out.
 */
export function paragraphsOf(runs: DiffRun[]): DiffRun[][] {
  const paragraphs: DiffRun[][] = [[]];
  for (const run of runs) {
    run.text.split(/\n+/).forEach((piece, i) => {
      if (i > 0) paragraphs.push([]);
      if (piece !== '') paragraphs[paragraphs.length - 1].push({ kind: run.kind, text: piece });
    });
  }
  return paragraphs.filter((p) => p.some((run) => run.text.trim() !== ''));
}

/** Words added and removed, counted as the editor counts them. */
export function wordsChanged(runs: DiffRun[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const run of runs) {
    if (run.kind === 'added') added += countWords(run.text);
    if (run.kind === 'removed') removed += countWords(run.text);
  }
  return { added, removed };
}
