import { deepNfc } from '../text/nfc';
import { blocksOf, type Block } from './blocks';
import type { Draft } from './draft';
import { bodyTextOf, type CaptionedPhoto } from './lexical';
import { recordsById, resolvePhotoWords, type PhotoWordsRecord } from './photoWords';

/**
 * An article ready to export: the draft's parts with the body read into blocks. Derived, never
 * stored — the draft is the saved form (versioned by the drafts store), this is what it means.
 */
export interface Article extends Pick<
  Draft,
  | 'id'
  | 'template'
  | 'language'
  | 'section'
  | 'headline'
  | 'subheadline'
  | 'dateline'
  | 'lead'
  | 'byline'
  | 'related'
  | 'keywords'
  | 'status'
  | 'createdAt'
  | 'updatedAt'
  | 'revision'
> {
  blocks: Block[];
  /** The body's captioned photos, in reading order (the same ones the blocks hold). */
  photos: CaptionedPhoto[];
  /** The body as plain text, for word counts. */
  bodyText: string;
}

/**
 * `photos`: the draft's photo records, when the caller has them. Each placed photo then shows its
 * record's caption, credit and alt text (one set of words per photo, see photoWords.ts) unless
 * that use keeps its own; without them, the copies the body carries (kept in step by the editor).
 */
export function articleFromDraft(draft: Draft, photos?: readonly PhotoWordsRecord[]): Article {
  // The words ignored in the story's spellcheck are the reporter's, not the article's: never exported.
  const { body, bodyText, ignoredWords: _ignored, ...parts } = draft;
  const records = recordsById(photos ?? []);
  // A draft saved before its body could be read keeps only the plain text: one paragraph a block.
  const read: Block[] = body
    ? blocksOf(body)
    : bodyText
        .split(/\n\s*\n/)
        .map((text) => text.trim())
        .filter(Boolean)
        .map((text) => ({ kind: 'paragraph', inlines: [{ kind: 'text', text, bold: false, italic: false }] }));
  const blocks = read.map((b) => (b.kind === 'photo' ? { ...b, photo: resolvePhotoWords(b.photo, records) } : b));
  const placed = blocks.flatMap((b) => (b.kind === 'photo' ? [b.photo] : []));
  // Saved text is NFC already; exports must be too, whatever path the draft came by.
  return deepNfc({ ...parts, bodyText: body ? bodyTextOf(body) : bodyText, blocks, photos: placed });
}
