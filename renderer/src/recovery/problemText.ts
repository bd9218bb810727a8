import type { TFunction } from 'i18next';

/*
 * The store describes a damaged file in English ("cut short (10 of 90 bytes)"). Known causes
 * are put in the UI language; anything else is shown as the store wrote it, details included.
 */
const KNOWN = [
  [/^cut short/, 'cut_short'],
  [/^checksum mismatch/, 'checksum'],
  [/^file missing/, 'missing'],
  [/^no header line/, 'empty'],
  [/^(not a Newsdesk draft header|unreadable header)/, 'not_draft'],
  [/^invalid draft/, 'invalid'],
] as const;

export function problemText(problem: string, t: TFunction): string {
  for (const [pattern, key] of KNOWN) {
    if (pattern.test(problem)) return t(`recovery.problems.${key}`);
  }
  return problem;
}
