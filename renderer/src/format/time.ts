import type { TFunction } from 'i18next';
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

/** "16:41" in both languages. */
export function formatTime(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** "27 thg 11, 2025" / "Nov 27, 2025". */
export function formatDate(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

export function isSameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** "16:41" today, "16:41 ngày 27 thg 11, 2025" / "16:41 on Nov 27, 2025" on any other day. */
export function formatMoment(iso: string, language: Language, t: TFunction, now = new Date()): string {
  const date = new Date(iso);
  const time = formatTime(date, language);
  return isSameDay(date, now) ? time : t('time.atOn', { time, date: formatDate(date, language) });
}
