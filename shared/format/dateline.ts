import { TZDate } from '@date-fns/tz';
import { format, formatISO } from 'date-fns';
import type { Dateline, Language } from '../article/draft';
import { fillPattern } from './houseStyle';

/** House style writes the weekday's second word in lower case: "Thứ ba", not date-fns' "Thứ Ba". */
const VI_WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];

const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The wall-clock time of an ISO date-time in its own offset — "2024-10-15T16:41:00+07:00" is
 * 16:41 on a Tuesday wherever this runs. @date-fns/tz's TZDate does the offset arithmetic (a
 * fixed offset needs no time-zone data); null for a string that is not a date-time with an offset.
 */
function wallClock(iso: string): TZDate | null {
  const offset = OFFSET.exec(iso)?.[1];
  if (!offset || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso)) return null;
  const zone = offset.toUpperCase() === 'Z' ? '+00:00' : offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new TZDate(iso, zone);
  if (Number.isNaN(date.getTime())) return null;
  // Date parsing rolls "February 30" over into March; a dateline that says so is not read.
  return format(date, "yyyy-MM-dd'T'HH:mm") === iso.slice(0, 16) ? date : null;
}

/** The {tokens} a dateline pattern may use, for this date-time, place and source. */
export function datelineTokens(dateline: Dateline, language: Language, outlet = ''): Record<string, string> | null {
  const d = wallClock(dateline.dateTime);
  if (!d) return null;
  const place = dateline.place.trim();
  return {
    weekday: language === 'vi' ? VI_WEEKDAYS[d.getDay()] : format(d, 'EEEE'),
    d: format(d, 'd'),
    dd: format(d, 'dd'),
    M: format(d, 'M'),
    MM: format(d, 'MM'),
    month: language === 'vi' ? `tháng ${format(d, 'M')}` : format(d, 'MMMM'),
    yyyy: format(d, 'yyyy'),
    H: format(d, 'H'),
    HH: format(d, 'HH'),
    h: format(d, 'h'),
    hh: format(d, 'hh'),
    mm: format(d, 'mm'),
    a: format(d, 'a'),
    offset: format(d, 'xxx'),
    place,
    PLACE: place.toLocaleUpperCase(language),
    source: dateline.source.trim() || outlet,
  };
}

/**
 * "Thứ ba, 15/10/2024, 16:41" / "Tuesday, October 15, 2024, 4:41 PM" from a dateline and the
 * house style's pattern for the article's language. Empty if the date-time cannot be read.
 */
export function formatDateline(dateline: Dateline, language: Language, pattern: string, outlet = ''): string {
  const tokens = datelineTokens(dateline, language, outlet);
  return tokens ? fillPattern(pattern, tokens).trim() : '';
}

/**
 * Now, as a dateline date-time in the reporter's time zone: "2024-10-15T16:41:30+07:00".
 * Needs time-zone data (IANA name → offset at that instant, DST included), so a library does it.
 */
export function datelineNow(now: Date, timeZone: string): string {
  return formatISO(new TZDate(now, timeZone));
}
