/**
 * What a body may hold after any paste, and what an export may contain, checked on the real
 * thing: each returns the problems it found (empty = clean). Pure: no DOM, no Node.
 */

const BODY_TYPES = new Set([
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'text',
  'linebreak',
  'tab',
  'captioned-photo',
]);
const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];

function linkOk(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return LINK_SCHEMES.includes(parsed.protocol) && (parsed.protocol === 'mailto:' || parsed.hostname !== '');
  } catch {
    return false;
  }
}

/** Problems in a saved body (Lexical JSON): node types, text styles and formats, links, headings, photos. */
export function bodyProblems(body: unknown, knownPhotos: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  const stack: unknown[] = [(body as { root?: unknown } | null)?.root];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown> | null | undefined;
    if (typeof node !== 'object' || node === null) continue;
    const type = String(node.type);
    if (!BODY_TYPES.has(type)) problems.push(`node type ${type}`);
    if (type === 'text') {
      if (node.style !== undefined && node.style !== '') problems.push(`text style ${String(node.style)}`);
      if (typeof node.format === 'number' && (node.format & ~3) !== 0) problems.push(`text format ${node.format}`);
      if (typeof node.text === 'string' && node.text !== node.text.normalize('NFC'))
        problems.push(`text not NFC: ${node.text}`);
    }
    if (
      (type === 'paragraph' || type === 'heading' || type === 'quote') &&
      typeof node.textStyle === 'string' &&
      node.textStyle !== ''
    ) {
      problems.push(`${type} textStyle ${node.textStyle}`);
    }
    if (type === 'link' && !linkOk(node.url)) problems.push(`link url ${String(node.url)}`);
    if (type === 'heading' && node.tag !== 'h2' && node.tag !== 'h3') problems.push(`heading ${String(node.tag)}`);
    if (type === 'captioned-photo' && !knownPhotos.has(String(node.photoId)))
      problems.push(`foreign photo ${String(node.photoId)} src ${String(node.src)}`);
    if (Array.isArray(node.children)) stack.push(...(node.children as unknown[]));
  }
  return problems;
}

/** The only tags and attributes our HTML export writes (shared/export/html.ts). */
const EXPORT_ATTRS: Record<string, string[]> = {
  p: ['class'],
  strong: [],
  em: [],
  a: ['href'],
  br: [],
  h2: [],
  h3: [],
  ul: ['class'],
  ol: ['start'],
  li: [],
  blockquote: [],
  figure: [],
  img: ['src', 'alt', 'width', 'height'],
  figcaption: [],
  span: ['class'],
};
const DANGER =
  /<\s*(script|iframe|object|embed|svg|math|form|meta|base|style|link|template|noscript)\b|\son\w+\s*=|style\s*=|(javascript|vbscript|data|livescript)\s*:/i;

/**
 * Problems in exported HTML. The export escapes all text, so every `<` in it opens a tag it
 * wrote: each tag and attribute is checked against the export's own vocabulary, every URL
 * attribute must be http(s)/mailto, and nothing dangerous may appear inside a tag.
 */
export function exportHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  for (const match of html.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const [tag, name, rest] = match;
    const allowed = EXPORT_ATTRS[name.toLowerCase()];
    if (!allowed) problems.push(`tag ${tag}`);
    if (DANGER.test(tag.replace(/\s(href|src)="(https?|mailto):[^"]*"/g, ''))) problems.push(`danger in ${tag}`);
    for (const attr of rest.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)) {
      if (!allowed?.includes(attr[1].toLowerCase())) problems.push(`attribute ${attr[1]} in ${tag}`);
      if ((attr[1] === 'href' || attr[1] === 'src') && !linkOk(attr[2]?.replace(/&amp;/g, '&')))
        problems.push(`url ${attr[2]}`);
    }
  }
  // Text never holds a raw "<": a script or handler smuggled as text is escaped.
  if (/<(?![/a-zA-Z])/.test(html)) problems.push('stray <');
  return problems;
}

/** Problems in a ninjs document: its HTML bodies as above, every href/uri an allowed address or our urn. */
export function ninjsProblems(ninjs: unknown): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if ((key === 'href' || key === 'uri') && !linkOk(value) && !value.startsWith('urn:newsdesk:'))
        problems.push(`${key} ${value}`);
      if (key === 'value' && /<[a-z]/i.test(value)) problems.push(...exportHtmlProblems(value));
    } else if (Array.isArray(value)) {
      value.forEach((v) => walk(v, key));
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(ninjs, '');
  return problems;
}
