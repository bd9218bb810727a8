import type { Draft } from '../../../shared/article/draft';
import { toNfc } from '../../../shared/text/nfc';

/**
 * The blocks around the body that the editor screen edits and the autosaver stores, and the words
 * ignored in the story's spellcheck (saved with the draft, optional for drafts saved before them).
 */
export type ArticleBlocks = Pick<
  Draft,
  | 'template'
  | 'language'
  | 'section'
  | 'subheadline'
  | 'dateline'
  | 'lead'
  | 'byline'
  | 'related'
  | 'keywords'
  | 'ignoredWords'
>;

export function blocksOf(draft: Draft): ArticleBlocks {
  const { template, language, section, subheadline, dateline, lead, byline, related, keywords } = draft;
  const blocks: ArticleBlocks = { template, language, section, subheadline, dateline, lead, byline, related, keywords };
  if (draft.ignoredWords) blocks.ignoredWords = draft.ignoredWords;
  return blocks;
}

/** Keywords as typed in one box: split at commas, trimmed, NFC, each once (ignoring case). */
export function keywordsFrom(typed: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of typed.split(/[,;\n]/)) {
    const word = toNfc(raw.trim().replace(/\s+/g, ' ')).slice(0, 100);
    const key = word.toLocaleLowerCase('vi');
    if (word === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(word);
  }
  return out.slice(0, 50);
}

/**
 * What one save sends: NFC throughout, an author row left blank is not a name (the store
 * refuses empty names), and spaces around a link's address are not part of it.
 */
export function savedBlocks(blocks: ArticleBlocks): ArticleBlocks {
  return {
    template: blocks.template,
    language: blocks.language,
    section: toNfc(blocks.section.trim()),
    subheadline: toNfc(blocks.subheadline),
    dateline: blocks.dateline && {
      ...blocks.dateline,
      place: toNfc(blocks.dateline.place),
      source: toNfc(blocks.dateline.source),
    },
    lead: toNfc(blocks.lead),
    byline: blocks.byline.map((a) => ({ name: toNfc(a.name.trim()) })).filter((a) => a.name !== ''),
    related: blocks.related.map((r) => ({ url: r.url.trim(), title: toNfc(r.title), teaser: toNfc(r.teaser) })),
    keywords: keywordsFrom(blocks.keywords.join(',')),
    // Absent: the store keeps what it has (a journal entry from before ignored words were saved).
    ...(blocks.ignoredWords && { ignoredWords: [...new Set(blocks.ignoredWords.map(toNfc))] }),
  };
}

/** The list with one item moved `by` places (−1 up, +1 down); the same list when it cannot move. */
export function moved<T>(list: readonly T[], index: number, by: number): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item);
  return next;
}

/** Characters as a reader counts them: "ệ" is one, whether typed composed or not. */
export function charCount(text: string): number {
  return [...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(text)].length;
}
