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

/** Links may go to the web or to an address; pictures only come from the web. */
const SCHEMES = { link: ['http:', 'https:', 'mailto:'], image: ['http:', 'https:'] } as const;

/**
 * The URL in its normalised form, or null when it must not be used. Parsing, not pattern
 * matching, decides the scheme: the parser drops tabs and newlines anywhere and spaces or control
 * characters around it, exactly as a browser would, so "java\tscript:" and " JaVaScRiPt:" are
 * both javascript: and refused; "&#106;avascript:" has no scheme at all and is refused as
 * relative (an exported article has no base to resolve against).
 */
export function safeUrl(raw: string, use: keyof typeof SCHEMES = 'link'): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!(SCHEMES[use] as readonly string[]).includes(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.href;
}
