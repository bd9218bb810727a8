import { CaptionedPhotoNodeSchema, CAPTIONED_PHOTO, TEXT_FORMAT } from '../../../../shared/article/lexical';
import type { CaptionedPhotoPayload } from '../../nodes/CaptionedPhotoNode';
import { isAllowedLinkUrl } from '../../linkUrl';

/**
 * The one reducer every paste goes through (Lexical clipboard JSON as it comes, HTML once Lexical
 * has imported it): what the body may hold is rebuilt from scratch, never copied through.
 *
 *   paragraph, quote              inline children only
 *   heading                       h2 or h3 (h1 → h2, h4–h6 → h3)
 *   list / listitem               bullet or number; an item holds inlines and nested lists
 *   link                          http, https or mailto only, else its words without the link
 *   text                          bold and italic only; no style, no mode, no detail; NFC
 *   linebreak
 *   captioned-photo               only a photo of this draft, with the draft's own rendition
 *
 * Anything else is unwrapped to the words it holds or dropped.
 */

export type CleanNode = { type: string; version: 1; children?: CleanNode[] } & Record<string, unknown>;

export interface PasteRules {
  /** The draft's own photo for an id, or undefined: a photo the draft does not have is dropped. */
  photo?: (photoId: string) => CaptionedPhotoPayload | undefined;
}

/** Deeper than any body the editor makes: a crafted clipboard nested deeper is cut. */
const MAX_DEPTH = 32;
/** More nodes than any real paste; the rest of a clipboard bomb is dropped. */
const MAX_NODES = 20_000;
/** Longer than any body; a bigger clipboard is refused before it is parsed. */
export const MAX_CLIPBOARD_CHARS = 4_000_000;
const MAX_URL = 2048;
const MAX_PHOTO_TEXT = 2000;

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', CAPTIONED_PHOTO]);
const KEEP_FORMAT = TEXT_FORMAT.bold | TEXT_FORMAT.italic;

interface Walk {
  rules: PasteRules;
  budget: number;
}

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const typeOf = (node: Raw): string => (typeof node.type === 'string' ? node.type : '');
const kids = (node: Raw): unknown[] => (Array.isArray(node.children) ? node.children : []);

const element = (type: string, children: CleanNode[], extra: Raw = {}): CleanNode => ({
  type,
  version: 1,
  children,
  direction: null,
  format: '',
  indent: 0,
  ...extra,
});

export const cleanText = (text: string, format = 0): CleanNode => ({
  type: 'text',
  version: 1,
  text: text.normalize('NFC'),
  format: format & KEEP_FORMAT,
  style: '',
  mode: 'normal',
  detail: 0,
});

/** The address a link may keep, normalised as a browser would read it; null when it may not. */
export function pasteLinkUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_URL || !isAllowedLinkUrl(raw)) return null;
  return new URL(raw.trim()).href;
}

function take(walk: Walk): boolean {
  walk.budget -= 1;
  return walk.budget >= 0;
}

/** Inline content: text, line breaks and links (never a link in a link). */
function inlines(nodes: unknown[], walk: Walk, depth: number, inLink: boolean): CleanNode[] {
  const out: CleanNode[] = [];
  if (depth > MAX_DEPTH) return out;
  for (const node of nodes) {
    if (!isObject(node) || !take(walk)) continue;
    const type = typeOf(node);
    if (type === 'linebreak') {
      out.push({ type: 'linebreak', version: 1 });
    } else if (type === 'tab') {
      out.push(cleanText(' '));
    } else if (typeof node.text === 'string' && !Array.isArray(node.children)) {
      const format = typeof node.format === 'number' && Number.isInteger(node.format) ? node.format : 0;
      if (node.text !== '') out.push(cleanText(node.text, format));
    } else if ((type === 'link' || type === 'autolink') && !inLink) {
      const url = pasteLinkUrl(node.url);
      const children = inlines(kids(node), walk, depth + 1, true);
      if (url && children.length > 0)
        out.push(element('link', children, { url, rel: 'noopener noreferrer', target: null, title: null }));
      else out.push(...children);
    } else {
      // A block where words belong (a paragraph in a heading), a mark, a node we do not know:
      // its words stay, its wrapper goes; neighbouring blocks stay apart by a line break.
      const children = inlines(kids(node), walk, depth + 1, inLink);
      if (BLOCKS.has(type) && children.length > 0 && out.length > 0) out.push({ type: 'linebreak', version: 1 });
      out.push(...children);
    }
  }
  return out;
}

function headingTag(tag: unknown): 'h2' | 'h3' {
  return tag === 'h1' || tag === 'h2' ? 'h2' : 'h3';
}

function list(node: Raw, walk: Walk, depth: number): CleanNode | null {
  if (depth > MAX_DEPTH) return null;
  const ordered = node.listType === 'number' || (node.listType === undefined && node.tag === 'ol');
  const start =
    typeof node.start === 'number' && Number.isInteger(node.start) ? Math.min(Math.max(node.start, 1), 100_000) : 1;
  const items: CleanNode[] = [];
  for (const child of kids(node)) {
    if (!isObject(child) || !take(walk)) continue;
    const parts = typeOf(child) === 'listitem' ? kids(child) : [child];
    const itemChildren: CleanNode[] = [];
    let run: unknown[] = [];
    const flush = () => {
      itemChildren.push(...inlines(run, walk, depth + 2, false));
      run = [];
    };
    for (const part of parts) {
      if (isObject(part) && typeOf(part) === 'list') {
        flush();
        const nested = list(part, walk, depth + 2);
        if (nested) itemChildren.push(nested);
      } else {
        run.push(part);
      }
    }
    flush();
    if (itemChildren.length > 0) items.push(element('listitem', itemChildren, { value: items.length + 1 }));
  }
  if (items.length === 0) return null;
  return element('list', items, { listType: ordered ? 'number' : 'bullet', start, tag: ordered ? 'ol' : 'ul' });
}

function photo(node: Raw, walk: Walk): CleanNode | null {
  const parsed = CaptionedPhotoNodeSchema.safeParse(node);
  if (!parsed.success) return null;
  const own = walk.rules.photo?.(parsed.data.photoId);
  if (!own) return null;
  const words = (text: string) => text.slice(0, MAX_PHOTO_TEXT).normalize('NFC');
  // The picture and its size are the draft's own; only the words come from the clipboard.
  return {
    type: CAPTIONED_PHOTO,
    version: 1,
    photoId: own.photoId,
    ...(own.src !== undefined ? { src: own.src } : {}),
    caption: words(parsed.data.caption),
    credit: words(parsed.data.credit),
    altText: words(parsed.data.altText),
    width: own.width,
    height: own.height,
  };
}

/** Whether a wrapper holds blocks somewhere inside (a table's cells hold paragraphs). */
function holdsBlocks(node: Raw, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  return kids(node).some((c) => isObject(c) && (BLOCKS.has(typeOf(c)) || holdsBlocks(c, depth + 1)));
}

/** One node of a body's top level: a block, or inline content (a part of a paragraph). */
function block(node: Raw, walk: Walk, depth: number): CleanNode[] {
  const type = typeOf(node);
  switch (type) {
    case 'paragraph':
      return [element('paragraph', inlines(kids(node), walk, depth + 1, false), { textFormat: 0, textStyle: '' })];
    case 'heading': {
      const children = inlines(kids(node), walk, depth + 1, false);
      return children.length > 0 ? [element('heading', children, { tag: headingTag(node.tag) })] : [];
    }
    case 'quote': {
      const children = inlines(kids(node), walk, depth + 1, false);
      return children.length > 0 ? [element('quote', children)] : [];
    }
    case 'list':
    case 'listitem': {
      const made = list(type === 'list' ? node : { type: 'list', listType: 'bullet', children: [node] }, walk, depth);
      return made ? [made] : [];
    }
    case CAPTIONED_PHOTO: {
      const made = photo(node, walk);
      return made ? [made] : [];
    }
    default:
      if (type === 'root' || (type !== 'link' && type !== 'autolink' && holdsBlocks(node, depth))) {
        // A wrapper of blocks we do not know (a table, a layout, a root): keep its blocks.
        return blocks(kids(node), walk, depth + 1);
      }
      return inlines([node], walk, depth, false);
  }
}

function blocks(nodes: unknown[], walk: Walk, depth: number): CleanNode[] {
  const out: CleanNode[] = [];
  if (depth > MAX_DEPTH) return out;
  for (const node of nodes) {
    if (!isObject(node) || !take(walk)) continue;
    out.push(...block(node, walk, depth));
  }
  return out;
}

/** Serialized nodes (from any source) reduced to what the body may hold. */
export function sanitizeSerializedNodes(nodes: unknown[], rules: PasteRules = {}): CleanNode[] {
  return blocks(nodes, { rules, budget: MAX_NODES }, 0);
}

/**
 * Lexical's clipboard payload (`{ namespace, nodes }`, from this editor or any other Lexical
 * editor) reduced to what the body may hold; null when it is not one (broken JSON, too big).
 */
export function sanitizeLexicalClipboard(data: string, rules: PasteRules = {}): CleanNode[] | null {
  if (data.length > MAX_CLIPBOARD_CHARS) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(data) as unknown;
  } catch {
    return null;
  }
  if (!isObject(payload) || !Array.isArray(payload.nodes)) return null;
  return sanitizeSerializedNodes(payload.nodes, rules);
}
