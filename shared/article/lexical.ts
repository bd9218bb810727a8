import { z } from 'zod';

/**
 * The Lexical 0.52 JSON we read, node by node. Lexical writes every property in its "legacy"
 * form (`editorState.toJSON()`, what the renderer saves) and leaves default-valued ones out in
 * its compact form, so each node-specific property below is optional with Lexical's own default.
 * Every object is loose: Lexical adds `direction`, `indent`, `style`, `textFormat`, `$` (node
 * state)… that we do not need. A node we do not know is dropped, its text kept (see article.ts).
 *
 *   root        { type: 'root', children }
 *   paragraph   { type: 'paragraph', children }
 *   heading     { type: 'heading', tag: 'h1'…'h6' (default 'h1'), children }
 *   quote       { type: 'quote', children }   inline children, or blocks when `shadowRoot`
 *   list        { type: 'list', listType: 'bullet' | 'number' | 'check' (default 'number'),
 *                 start (default 1), tag: 'ul' | 'ol', children: listitem[] }
 *   listitem    { type: 'listitem', value, checked?, children }   a nested list sits in an item
 *   text        { type: 'text', text, format (bitmask: 1 bold, 2 italic, 4 strike, 8 underline, 16 code…) }
 *   tab         { type: 'tab', text: '\t' }
 *   linebreak   { type: 'linebreak' }
 *   link        { type: 'link' | 'autolink', url, rel?, target?, title?, children }
 *   captioned-photo  ours, a block-level decorator: see CaptionedPhotoNodeSchema
 */

export const TEXT_FORMAT = { bold: 1, italic: 2 } as const;

const children = z.array(z.unknown()).catch([]);

export const TextNodeSchema = z.looseObject({
  type: z.string(),
  text: z.string(),
  format: z.number().int().catch(0),
});

export const HeadingNodeSchema = z.looseObject({
  type: z.literal('heading'),
  tag: z.enum(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']).catch('h1'),
  children,
});

export const ListNodeSchema = z.looseObject({
  type: z.literal('list'),
  listType: z.enum(['bullet', 'number', 'check']).optional().catch(undefined),
  tag: z.enum(['ul', 'ol']).optional().catch(undefined),
  start: z.number().int().catch(1),
  children,
});

export const LinkNodeSchema = z.looseObject({
  type: z.enum(['link', 'autolink']),
  url: z.string().catch(''),
  children,
});

export const CAPTIONED_PHOTO = 'captioned-photo';

/**
 * Exactly what the editor's CaptionedPhotoNode writes (exportJSON) — a block-level decorator. The
 * node's serialized type is inferred from this, so the two cannot drift apart.
 */
export const SerializedCaptionedPhotoNodeSchema = z.object({
  type: z.literal(CAPTIONED_PHOTO),
  version: z.literal(1),
  /** The photo record's id (the SHA-256 of its original). */
  photoId: z.string().min(1).max(200),
  /** The rendition the editor shows, as the photo service names it; exported only if http(s). */
  src: z.string().optional(),
  caption: z.string(),
  credit: z.string(),
  altText: z.string(),
  /** Upright size of the original, in pixels; 0 when it is not known. */
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  /**
   * One caption per photo: false = the words are the photo record's (the desk's), copied here so
   * the draft alone still reads right; true = this use has its own words, by the reporter's
   * explicit choice. Absent in drafts saved before: see photoWords.ts.
   */
  ownWords: z.boolean().optional(),
});
export type SerializedCaptionedPhotoNode = z.infer<typeof SerializedCaptionedPhotoNodeSchema>;

/**
 * How we read one. Without a photoId there is no photo to point at, so the node is dropped;
 * anything else malformed reads as empty (a caption) or unknown (a size) rather than costing
 * the article its photo — the template check then says what is missing.
 */
export const CaptionedPhotoNodeSchema = z.looseObject({
  type: z.literal(CAPTIONED_PHOTO),
  photoId: z.string().min(1).max(200),
  src: z.string().optional().catch(undefined),
  caption: z.string().catch(''),
  credit: z.string().catch(''),
  altText: z.string().catch(''),
  width: z.number().int().positive().nullable().catch(null),
  height: z.number().int().positive().nullable().catch(null),
  ownWords: z.boolean().optional().catch(undefined),
});

/** A captioned photo as the article and its exports see it. */
export interface CaptionedPhoto {
  photoId: string;
  src: string | null;
  caption: string;
  credit: string;
  altText: string;
  width: number | null;
  height: number | null;
  /** This use keeps its own words (see SerializedCaptionedPhotoNodeSchema); absent = not said. */
  ownWords?: boolean;
}

export function captionedPhotoOf(node: unknown): CaptionedPhoto | null {
  const parsed = CaptionedPhotoNodeSchema.safeParse(node);
  if (!parsed.success) return null;
  const { photoId, src, caption, credit, altText, width, height, ownWords } = parsed.data;
  return {
    photoId,
    src: src ?? null,
    caption,
    credit,
    altText,
    width,
    height,
    ...(ownWords !== undefined ? { ownWords } : {}),
  };
}

/** The node's `type`, or null for anything that is not a node. */
export function typeOf(node: unknown): string | null {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return null;
  const type = (node as { type?: unknown }).type;
  return typeof type === 'string' ? type : null;
}

export function childrenOf(node: unknown): unknown[] {
  const value = (node as { children?: unknown }).children;
  return Array.isArray(value) ? value : [];
}

const INLINE_ELEMENTS = new Set(['link', 'autolink']);

/**
 * The plain text of a body, the way Lexical's `$getRoot().getTextContent()` builds it (the
 * renderer saves that as `bodyText`): a line break is "\n", and every block element but the last
 * is followed by "\n\n". Captions are not body text (ninjs counts words "excluding captions").
 */
export function bodyTextOf(body: { root: unknown } | null): string {
  return body ? textOf(body.root, 0) : '';
}

function textOf(node: unknown, depth: number): string {
  const type = typeOf(node);
  // Deeper than any document the editor makes: a crafted file is cut, not a stack overflow.
  if (type === null || depth > 64) return '';
  if (type === 'linebreak') return '\n';
  const text = (node as { text?: unknown }).text;
  if (typeof text === 'string') return text;
  const list = childrenOf(node);
  let out = '';
  list.forEach((child, i) => {
    out += textOf(child, depth + 1);
    const childType = typeOf(child);
    const isBlockElement =
      childType !== null &&
      Array.isArray((child as { children?: unknown }).children) &&
      !INLINE_ELEMENTS.has(childType);
    if (isBlockElement && i !== list.length - 1) out += '\n\n';
  });
  return out;
}

/**
 * The caption and credit of every captioned photo, in reading order. A plain walk with no
 * schema parse: the search index runs it over every draft (10,000 at a time after a crash).
 */
export function photoTextsOf(body: { root: unknown } | null): string[] {
  const texts: string[] = [];
  const stack: unknown[] = body ? [body.root] : [];
  while (stack.length > 0) {
    const node = stack.pop() as { type?: unknown; caption?: unknown; credit?: unknown; children?: unknown } | null;
    if (typeof node !== 'object' || node === null) continue;
    if (node.type === CAPTIONED_PHOTO) {
      if (typeof node.caption === 'string') texts.push(node.caption);
      if (typeof node.credit === 'string') texts.push(node.credit);
    } else if (Array.isArray(node.children)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return texts;
}
