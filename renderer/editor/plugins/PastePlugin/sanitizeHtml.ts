import DOMPurify, { type Config } from 'dompurify';
import { schemePattern } from '../../../../shared/export/safe';
import { isAllowedLinkUrl } from '../../linkUrl';
import { MAX_CLIPBOARD_CHARS } from './sanitizeLexical';
import { normalizeClipboardDom } from './normalizeHtml';

/**
 * The only markup a pasted body keeps: paragraphs, subheads, bold, italic, lists, quotes, links
 * and line breaks (`span` only carries words). Underline is not house style; pictures, tables,
 * forms and every attribute but a link's address go.
 */
const CONFIG: Config = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'b',
    'strong',
    'i',
    'em',
    'ul',
    'ol',
    'li',
    'a',
    'blockquote',
    'span',
  ],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: schemePattern('link'),
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  ADD_FORBID_CONTENTS: [
    'object',
    'embed',
    'applet',
    'button',
    'select',
    'option',
    'datalist',
    'canvas',
    'frameset',
    'frame',
    'base',
    'link',
    'meta',
  ],
};

let purifier: ReturnType<typeof DOMPurify> | null = null;

/** A purifier of our own, so the link hook below never reaches anyone else's use of DOMPurify. */
function purify(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const own = DOMPurify(window);
  own.addHook('afterSanitizeAttributes', (node) => {
    // The pattern above only gates the scheme; the full rule (a host, an "@") is checked here.
    const href = node.getAttribute('href');
    if (href !== null && !isAllowedLinkUrl(href)) node.removeAttribute('href');
  });
  purifier = own;
  return own;
}

/**
 * Clipboard HTML as markup the body may hold. The dirty HTML is only ever parsed into an inert
 * document (DOMParser), normalised there (normalizeHtml.ts), then sanitised by DOMPurify.
 */
export function sanitizeClipboardHtml(html: string): string {
  if (html.length > MAX_CLIPBOARD_CHARS) return '';
  const inert = new DOMParser().parseFromString(html, 'text/html');
  normalizeClipboardDom(inert);
  return purify().sanitize(inert.body.innerHTML, CONFIG);
}

/** The sanitised clipboard as an inert document, ready for Lexical's DOM import. */
export function cleanClipboardDocument(html: string): Document {
  return new DOMParser().parseFromString(sanitizeClipboardHtml(html), 'text/html');
}
