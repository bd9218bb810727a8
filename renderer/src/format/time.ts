import type { Language } from '../../i18n';

/** "27 thg 11, 2025 16:41" / "Nov 27, 2025, 4:41 PM": when a draft was last touched. */
export function formatUpdated(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** "16:41:07" in both languages: the save clock is read at a glance, seconds matter. */
export function formatClock(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}
