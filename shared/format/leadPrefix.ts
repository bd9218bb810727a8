import { fillPattern } from './houseStyle';

/** "(NSMT) - " from "({outlet}) - " and "NSMT"; nothing when there is no outlet. */
export function leadPrefix(pattern: string, outlet: string): string {
  const tag = outlet.trim();
  return tag ? fillPattern(pattern, { outlet: tag }) : '';
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a lead already opens with a prefix of this pattern, for any outlet and any dash:
 * reporters type "(NSMT) – " or "(TTXVN) - " themselves, and the prefix must not appear twice.
 */
export function hasLeadPrefix(lead: string, pattern: string): boolean {
  const [before, after] = pattern.split('{outlet}');
  if (after === undefined || before.trim() + after.trim() === '') return false;
  const literal = (part: string) =>
    [...part].map((ch) => (/\s/.test(ch) ? '\\s*' : /[-–—]/.test(ch) ? '[-–—]' : escapeRegExp(ch))).join('');
  return new RegExp(`^\\s*${literal(before)}[^\\s()\\[\\]]{1,64}${literal(after)}`, 'u').test(lead);
}

/** The lead as published: the prefix first, unless the reporter already wrote one. */
export function withLeadPrefix(lead: string, pattern: string, outlet: string): string {
  const text = lead.trim();
  if (text === '' || hasLeadPrefix(text, pattern)) return text;
  return leadPrefix(pattern, outlet) + text;
}
