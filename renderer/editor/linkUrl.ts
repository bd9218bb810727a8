import { isAllowedUrl } from '../../shared/export/safe';

/**
 * Whether a link address may go into the body: an absolute http, https or mailto URL. The same
 * rule the export applies (shared/export/safe.ts), so a link the editor takes is never dropped later.
 */
export function isAllowedLinkUrl(url: string): boolean {
  return isAllowedUrl(url, 'link');
}

/** What a reporter types, made into an address: "vnexpress.net/a" → "https://vnexpress.net/a". */
export function linkUrlFrom(typed: string): string {
  const text = typed.trim();
  if (text === '' || /^[a-z][a-z0-9+.-]*:/i.test(text)) return text;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return `mailto:${text}`;
  return `https://${text}`;
}
