/** Schemes a body link may use: web pages and e-mail. `javascript:`, `data:`, `file:` never. */
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** Whether a link address may go into the body: an absolute http, https or mailto URL. */
export function isAllowedLinkUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return false;
  }
  if (!ALLOWED.has(parsed.protocol)) return false;
  return parsed.protocol === 'mailto:' ? parsed.pathname.includes('@') : parsed.hostname !== '';
}

/** What a reporter types, made into an address: "vnexpress.net/a" → "https://vnexpress.net/a". */
export function linkUrlFrom(typed: string): string {
  const text = typed.trim();
  if (text === '' || /^[a-z][a-z0-9+.-]*:/i.test(text)) return text;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return `mailto:${text}`;
  return `https://${text}`;
}
