import {
  CAPTIONED_PHOTO,
  captionedPhotoOf,
  childrenOf,
  HeadingNodeSchema,
  LinkNodeSchema,
  ListNodeSchema,
  TEXT_FORMAT,
  TextNodeSchema,
  typeOf,
  type CaptionedPhoto,
} from './lexical';

/** A run of text: bold and italic are the only inline styles a CMS body keeps. */
export interface TextRun {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
}
export interface LineBreak {
  kind: 'break';
}
/** `url` is as the reporter typed it; exports decide whether it is safe to link. */
export interface Link {
  kind: 'link';
  url: string;
  children: (TextRun | LineBreak)[];
}
export type Inline = TextRun | LineBreak | Link;

export interface ListItem {
  inlines: Inline[];
  /** Lists nested under this item. */
  lists: ListBlock[];
}
export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  start: number;
  items: ListItem[];
}
export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  /** A subhead: the headline is the page's only h1, so Lexical's h1/h2 become 2 and h3–h6 become 3. */
  | { kind: 'heading'; level: 2 | 3; inlines: Inline[] }
  | { kind: 'quote'; paragraphs: Inline[][] }
  | ListBlock
  | { kind: 'photo'; photo: CaptionedPhoto };

/** Collects photos found where a photo cannot stand (in a paragraph, list, link): they follow its block. */
interface Context {
  hoisted: CaptionedPhoto[];
  depth: number;
}

/** Deeper than any document the editor makes; a crafted file nested deeper is cut, not a stack overflow. */
const MAX_DEPTH = 64;

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', CAPTIONED_PHOTO]);

/** The body's blocks, in reading order. Empty paragraphs and nodes without text are left out. */
export function blocksOf(body: { root: unknown } | null): Block[] {
  return body ? blockList(childrenOf(body.root), 0) : [];
}

/** The captioned photos of a body, in reading order. */
export function photosOf(body: { root: unknown } | null): CaptionedPhoto[] {
  return blocksOf(body).flatMap((b) => (b.kind === 'photo' ? [b.photo] : []));
}

function blockList(nodes: unknown[], depth: number): Block[] {
  if (depth > MAX_DEPTH) return [];
  const blocks: Block[] = [];
  let pending: Inline[] = [];
  const ctx: Context = { hoisted: [], depth };
  const flush = () => {
    const inlines = tidy(pending);
    if (inlines.length > 0) blocks.push({ kind: 'paragraph', inlines });
    pending = [];
    blocks.push(...ctx.hoisted.map((photo) => ({ kind: 'photo' as const, photo })));
    ctx.hoisted = [];
  };
  for (const node of nodes) {
    const type = typeOf(node);
    if (type === null) continue;
    // Inline nodes at block level (not something Lexical writes) gather into a paragraph.
    if (!BLOCK_TYPES.has(type) && !Array.isArray((node as { children?: unknown }).children)) {
      pending.push(...inlineList([node], ctx));
      continue;
    }
    flush();
    blocks.push(...blockOf(type, node, ctx));
    flush();
  }
  flush();
  return blocks;
}

function blockOf(type: string, node: unknown, ctx: Context): Block[] {
  switch (type) {
    case 'paragraph': {
      const inlines = tidy(inlineList(childrenOf(node), ctx));
      return inlines.length > 0 ? [{ kind: 'paragraph', inlines }] : [];
    }
    case 'heading': {
      const heading = HeadingNodeSchema.parse(node);
      const inlines = tidy(inlineList(heading.children, ctx));
      const level = heading.tag === 'h1' || heading.tag === 'h2' ? 2 : 3;
      return inlines.length > 0 ? [{ kind: 'heading', level, inlines }] : [];
    }
    case 'quote': {
      const paragraphs = quoteParagraphs(childrenOf(node), ctx);
      return paragraphs.length > 0 ? [{ kind: 'quote', paragraphs }] : [];
    }
    case 'list':
    case 'listitem': {
      const list = type === 'list' ? listOf(node, ctx) : listOf({ type: 'list', children: [node] }, ctx);
      return list.items.length > 0 ? [list] : [];
    }
    case CAPTIONED_PHOTO: {
      const photo = captionedPhotoOf(node);
      return photo ? [{ kind: 'photo', photo }] : [];
    }
    default:
      // An element we do not know (a table, a layout…): keep what it holds.
      return blockList(childrenOf(node), ctx.depth + 1);
  }
}

function quoteParagraphs(nodes: unknown[], ctx: Context): Inline[][] {
  const hasBlocks = nodes.some((n) => BLOCK_TYPES.has(typeOf(n) ?? ''));
  if (!hasBlocks) {
    const inlines = tidy(inlineList(nodes, ctx));
    return inlines.length > 0 ? [inlines] : [];
  }
  const paragraphs: Inline[][] = [];
  const add = (block: Block) => {
    if (block.kind === 'paragraph' || block.kind === 'heading') paragraphs.push(block.inlines);
    else if (block.kind === 'quote') paragraphs.push(...block.paragraphs);
    else if (block.kind === 'list') paragraphs.push(...flattenItems(block.items));
    else ctx.hoisted.push(block.photo);
  };
  blockList(nodes, ctx.depth + 1).forEach(add);
  return paragraphs;
}

function flattenItems(items: ListItem[]): Inline[][] {
  return items
    .flatMap((item) => [item.inlines, ...item.lists.flatMap((l) => flattenItems(l.items))])
    .filter((p) => p.length > 0);
}

function listOf(node: unknown, ctx: Context, depth = ctx.depth): ListBlock {
  const list = ListNodeSchema.parse(node);
  if (depth > MAX_DEPTH) return { kind: 'list', ordered: false, start: 1, items: [] };
  const listType = list.listType ?? (list.tag === 'ul' ? 'bullet' : 'number');
  const items: ListItem[] = [];
  for (const child of list.children) {
    const inlines: Inline[] = [];
    const lists: ListBlock[] = [];
    const parts = typeOf(child) === 'listitem' ? childrenOf(child) : [child];
    for (const part of parts) {
      if (typeOf(part) === 'list') lists.push(listOf(part, ctx, depth + 1));
      else inlines.push(...inlineList([part], ctx));
    }
    const item = { inlines: tidy(inlines), lists: lists.filter((l) => l.items.length > 0) };
    const previous = items.at(-1);
    // Lexical nests a list in an item of its own, right after the item it belongs under.
    if (item.inlines.length === 0 && item.lists.length > 0 && previous) previous.lists.push(...item.lists);
    else if (item.inlines.length > 0 || item.lists.length > 0) items.push(item);
  }
  return { kind: 'list', ordered: listType === 'number', start: list.start, items };
}

function inlineList(nodes: unknown[], ctx: Context, inLink = false, depth = ctx.depth): Inline[] {
  const out: Inline[] = [];
  if (depth > MAX_DEPTH) return out;
  for (const node of nodes) {
    const type = typeOf(node);
    if (type === null) continue;
    if (type === 'linebreak') {
      out.push({ kind: 'break' });
    } else if (type === CAPTIONED_PHOTO) {
      const photo = captionedPhotoOf(node);
      if (photo) ctx.hoisted.push(photo);
    } else if ((type === 'link' || type === 'autolink') && !inLink) {
      const link = LinkNodeSchema.parse(node);
      const children = inlineList(link.children, ctx, true, depth + 1).filter(
        (i): i is TextRun | LineBreak => i.kind !== 'link',
      );
      if (children.length > 0) out.push({ kind: 'link', url: link.url.trim(), children });
    } else {
      const text = TextNodeSchema.safeParse(node);
      if (text.success) {
        const { format } = text.data;
        out.push({
          kind: 'text',
          text: text.data.text,
          bold: (format & TEXT_FORMAT.bold) !== 0,
          italic: (format & TEXT_FORMAT.italic) !== 0,
        });
      } else {
        // A link inside a link, a mark, a node we do not know: its text stays, its wrapper goes.
        out.push(...inlineList(childrenOf(node), ctx, inLink, depth + 1));
      }
    }
  }
  return out;
}

const hasText = (inlines: Inline[]): boolean =>
  inlines.some((i) => (i.kind === 'text' ? i.text.trim() !== '' : i.kind === 'link' && hasText(i.children)));

/** Merges neighbouring runs of the same style, drops empty runs and leading or trailing breaks. */
function tidy(inlines: Inline[]): Inline[] {
  if (!hasText(inlines)) return [];
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out.at(-1);
    if (inline.kind === 'text' && inline.text === '') continue;
    if (inline.kind === 'text' && last?.kind === 'text' && last.bold === inline.bold && last.italic === inline.italic) {
      out[out.length - 1] = { ...last, text: last.text + inline.text };
    } else if (inline.kind === 'link') {
      const children = tidy(inline.children) as (TextRun | LineBreak)[];
      // A link around nothing but spaces keeps the spaces, not the link.
      if (children.length > 0) out.push({ ...inline, children });
      else out.push(...inline.children.filter((c) => c.kind === 'text'));
    } else {
      out.push(inline);
    }
  }
  while (out[0]?.kind === 'break') out.shift();
  while (out.at(-1)?.kind === 'break') out.pop();
  return out;
}
