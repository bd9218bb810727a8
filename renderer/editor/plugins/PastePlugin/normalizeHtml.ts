/**
 * Clipboard HTML from Word, Google Docs and web pages made plain, in place, on an inert document
 * (from DOMParser: nothing in it runs or loads). What each source means by its markup is read
 * here, before the sanitiser throws the markup away:
 *
 *   Google Docs   bold and italic live in `style` (font-weight:700, font-style:italic); the whole
 *                 paste is wrapped in `<b style="font-weight:normal" id="docs-internal-guid-…">`,
 *                 which is not bold at all
 *   Word          `<p class=MsoNormal>`, `<o:p>` fillers, list items as `<p style="mso-list:…">`
 *                 with the bullet or number typed out in a `mso-list:Ignore` span
 *   web pages     text straight in `<div>`s (and table cells): each run becomes a paragraph
 */

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
/** Boxes whose loose words become paragraphs of their own. */
const CONTAINERS = [
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'center',
  'td',
  'th',
  'dd',
  'dt',
  'figure',
  'figcaption',
  'address',
  'pre',
  'form',
  'fieldset',
];
/** Never words: dropped with everything inside before anything else looks at them. */
const JUNK =
  'script, style, template, noscript, xml, head, title, meta, link, object, embed, iframe, svg, math, select, textarea, button';

const styleOf = (el: Element): string => (el.getAttribute('style') ?? '').toLowerCase();
const styleValue = (style: string, property: string): string | null => {
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]*)`).exec(style);
  return match ? match[1].replace(/!important/, '').trim() : null;
};

/** true = bold, false = explicitly not bold, null = the style says nothing. */
function weightOf(style: string): boolean | null {
  const value = styleValue(style, 'font-weight');
  if (value === null) return null;
  if (/^(bold|bolder|[6-9]00)$/.test(value)) return true;
  if (/^(normal|lighter|[1-5]00)$/.test(value)) return false;
  return null;
}

function italicOf(style: string): boolean | null {
  const value = styleValue(style, 'font-style');
  if (value === null) return null;
  if (/^(italic|oblique)/.test(value)) return true;
  return value === 'normal' ? false : null;
}

function rename(el: Element, tag: string): Element {
  const replacement = el.ownerDocument.createElement(tag);
  for (const attr of Array.from(el.attributes)) replacement.setAttribute(attr.name, attr.value);
  replacement.append(...Array.from(el.childNodes));
  el.replaceWith(replacement);
  return replacement;
}

function wrapChildren(el: Element, tag: string): void {
  const wrapper = el.ownerDocument.createElement(tag);
  wrapper.append(...Array.from(el.childNodes));
  el.append(wrapper);
}

/** Inline `font-weight` / `font-style` become `<b>` / `<i>`; a `<b>` that says "normal" is no longer bold. */
function stylesToTags(body: HTMLElement): void {
  for (const el of Array.from(body.querySelectorAll('[style]'))) {
    const style = styleOf(el);
    let node = el;
    const bold = weightOf(style);
    const italic = italicOf(style);
    if (bold === false && (node.tagName === 'B' || node.tagName === 'STRONG')) node = rename(node, 'span');
    if (italic === false && (node.tagName === 'I' || node.tagName === 'EM')) node = rename(node, 'span');
    // Headings are bold by nature; saying so again would bold every subhead's words.
    const heading = /^H[1-6]$/.test(node.tagName);
    if (bold === true && !heading && node.tagName !== 'B' && node.tagName !== 'STRONG') wrapChildren(node, 'b');
    if (italic === true && node.tagName !== 'I' && node.tagName !== 'EM') wrapChildren(node, 'i');
  }
}

const isWordListItem = (el: Element): boolean =>
  el.tagName === 'P' &&
  (/mso-list\s*:\s*l\d/.test(styleOf(el)) || /^MsoListParagraph/i.test(el.getAttribute('class') ?? ''));

const isIgnore = (el: Element): boolean => /mso-list\s*:\s*ignore/.test(styleOf(el));

/** Word's list paragraphs, each run of them made one `<ul>` or `<ol>`, the typed bullets removed. */
function wordLists(body: HTMLElement): void {
  const doc = body.ownerDocument;
  let list: Element | null = null;
  for (const p of Array.from(body.querySelectorAll('p'))) {
    if (!isWordListItem(p)) {
      list = null;
      continue;
    }
    const markers = Array.from(p.querySelectorAll('span')).filter(isIgnore);
    const marker = markers
      .map((m) => m.textContent ?? '')
      .join('')
      .trim();
    markers.forEach((m) => m.remove());
    const ordered = /^(\d+|[a-z]|[ivxlc]+)[.)]/i.test(marker);
    const previous = p.previousElementSibling;
    if (!list || previous !== list || (list.tagName === 'OL') !== ordered) {
      list = doc.createElement(ordered ? 'ol' : 'ul');
      p.before(list);
    }
    const item = doc.createElement('li');
    item.append(...Array.from(p.childNodes));
    list.append(item);
    p.remove();
  }
  // A stray typed bullet outside a list paragraph is junk too.
  for (const span of Array.from(body.querySelectorAll('span'))) if (isIgnore(span)) span.remove();
}

const isInline = (node: Node): boolean =>
  node.nodeType === 3 || (node.nodeType === 1 && !BLOCK_TAGS.has((node as Element).tagName));
const isBlank = (nodes: Node[]): boolean => nodes.every((n) => (n.textContent ?? '').trim() === '');

/** Each run of loose words in a box (a `<div>`, a table cell) becomes a `<p>`; the box itself goes later. */
function paragraphsFromBoxes(body: HTMLElement): void {
  const boxes = Array.from(body.querySelectorAll(CONTAINERS.join(','))).reverse();
  for (const box of boxes) {
    let run: Node[] = [];
    const flush = () => {
      if (!isBlank(run)) {
        const p = box.ownerDocument.createElement('p');
        box.insertBefore(p, run[0]);
        p.append(...run);
      }
      run = [];
    };
    for (const child of Array.from(box.childNodes)) {
      if (isInline(child)) run.push(child);
      else flush();
    }
    flush();
  }
}

/** Rewrites the clipboard document's body in place; see the module comment for what each step reads. */
export function normalizeClipboardDom(doc: Document): void {
  const body = doc.body;
  for (const el of Array.from(body.querySelectorAll(JUNK))) el.remove();
  // Word's empty-paragraph fillers (`<o:p>&nbsp;</o:p>`) and other Office namespaces.
  for (const el of Array.from(body.getElementsByTagName('*'))) if (el.tagName.includes(':')) el.remove();
  wordLists(body);
  stylesToTags(body);
  paragraphsFromBoxes(body);
  // Word's and web pages' spacer paragraphs (`&nbsp;`): a story body has no blank lines.
  for (const p of Array.from(body.querySelectorAll('p'))) if (isBlank([p])) p.remove();
}
