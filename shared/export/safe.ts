/**
 * The two guards every export is built with: text is escaped, never trusted, and a URL survives
 * only if it parses (WHATWG URL, as browsers do) to an allowed scheme.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for HTML element content or a double-quoted attribute. Control characters other than tab
 * and line breaks are removed: no editor types them, and some parsers treat them oddly.
 */
export function escapeHtml(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/**
 * The one list of schemes an address may have, by where it is used — the editor's links, the
 * paste sanitiser, the Finish check, the preview and every export ask here. A link in the body may
 * go to the web or to an e-mail address; a related link is a page the reader opens next, and a
 * picture is fetched, so those two are web only.
 */
const SCHEMES = {
  link: ['http:', 'https:', 'mailto:'],
  related: ['http:', 'https:'],
  image: ['http:', 'https:'],
} as const;
export type UrlUse = keyof typeof SCHEMES;

/**
 * The URL in its normalised form, or null when it must not be used. Parsing, not pattern
 * matching, decides the scheme: the parser drops tabs and newlines anywhere and spaces or control
 * characters around it, exactly as a browser would, so "java\tscript:" and " JaVaScRiPt:" are
 * both javascript: and refused; "&#106;avascript:" has no scheme at all and is refused as
 * relative (an exported article has no base to resolve against). A web address needs a host, an
 * e-mail address an "@".
 */
export function safeUrl(raw: string, use: UrlUse = 'link'): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!(SCHEMES[use] as readonly string[]).includes(url.protocol)) return null;
  const addressed = url.protocol === 'mailto:' ? url.pathname.includes('@') : url.hostname !== '';
  return addressed ? url.href : null;
}

/** Whether the address may be used there (see safeUrl). */
export function isAllowedUrl(raw: string, use: UrlUse = 'link'): boolean {
  return safeUrl(raw, use) !== null;
}

/**
 * The allowed schemes as a pattern, for a sanitiser that takes one (DOMPurify's
 * ALLOWED_URI_REGEXP): a first gate only, the address is then checked with safeUrl.
 */
export function schemePattern(use: UrlUse): RegExp {
  return new RegExp(`^(?:${SCHEMES[use].map((scheme) => scheme.slice(0, -1)).join('|')}):`, 'i');
}
