import { isValid, parse } from 'date-fns';
import { isoFromLocalInput, offsetText } from './localDateTime';

/**
 * The dateline's date and time as a reporter types them: "15/10/2024" (day first, in both UI
 * languages) and "16:41" (24-hour). The stored value is an ISO date-time with its own offset
 * ("2024-10-15T16:41:00+07:00"); typing a date or a time changes only that part, never the offset.
 */

export interface TypedDate {
  year: number;
  month: number;
  day: number;
}
export interface TypedTime {
  hour: number;
  minute: number;
}

const two = (n: number) => String(n).padStart(2, '0');
const four = (n: number) => String(n).padStart(4, '0');
/** A fixed reference: parse() needs one, and a full date leaves nothing to take from it. */
const REFERENCE = new Date(2000, 0, 1);

/** "15/10/2024", "15.10.2024", "15-10-2024", "15 10 2024", "15102024" → 15 October 2024; else null. */
export function parseTypedDate(text: string): TypedDate | null {
  const trimmed = text.trim();
  const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  const spaced = digits ? `${digits[1]}/${digits[2]}/${digits[3]}` : trimmed.replace(/\s*[./\-\s]\s*/g, '/');
  // Four-digit years only: "15/10/24" is not guessed into a century.
  if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(spaced)) return null;
  const date = parse(spaced, 'd/M/yyyy', REFERENCE);
  return isValid(date) ? { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() } : null;
}

/** "16:41", "16h41", "16.41", "1641", "9:05", "16h" (Vietnamese "16 giờ") → 16:41…; else null. */
export function parseTypedTime(text: string): TypedTime | null {
  const trimmed = text.trim().toLowerCase();
  const digits = /^(\d{1,2})(\d{2})$/.exec(trimmed);
  const hourOnly = /^(\d{1,2})\s*(?:h|g|giờ)$/.exec(trimmed);
  const spaced = digits
    ? `${digits[1]}:${digits[2]}`
    : hourOnly
      ? `${hourOnly[1]}:00`
      : trimmed.replace(/\s*(?:[.:h]|giờ)\s*/, ':');
  if (!/^\d{1,2}:\d{2}$/.test(spaced)) return null;
  const time = parse(spaced, 'H:mm', REFERENCE);
  return isValid(time) ? { hour: time.getHours(), minute: time.getMinutes() } : null;
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/i;

interface Parts extends TypedDate, TypedTime {
  second: number;
  offsetMinutes: number;
}

function partsOf(iso: string): Parts | null {
  const m = WALL.exec(iso);
  if (!m) return null;
  const zone = m[7].toUpperCase();
  const sign = zone.startsWith('-') ? -1 : 1;
  const offsetMinutes = zone === 'Z' ? 0 : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return {
    year: +m[1],
    month: +m[2],
    day: +m[3],
    hour: +m[4],
    minute: +m[5],
    second: +(m[6] ?? 0),
    offsetMinutes,
  };
}

function isoOf(p: Parts): string | null {
  const local = `${four(p.year)}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
  return isoFromLocalInput(local, p.offsetMinutes);
}

/** "15/10/2024" for a stored date-time, in its own offset; empty if it cannot be read. */
export function dateTextOf(iso: string): string {
  const p = partsOf(iso);
  return p ? `${two(p.day)}/${two(p.month)}/${four(p.year)}` : '';
}

/** "16:41" for a stored date-time, in its own offset. */
export function timeTextOf(iso: string): string {
  const p = partsOf(iso);
  return p ? `${two(p.hour)}:${two(p.minute)}` : '';
}

/** "UTC+07:00": the offset the dateline keeps, shown beside the time. */
export function offsetLabelOf(iso: string): string {
  const p = partsOf(iso);
  return p ? `UTC${offsetText(p.offsetMinutes)}` : '';
}

/** The same time and offset on another day. */
export function withDate(iso: string, date: TypedDate): string | null {
  const p = partsOf(iso);
  return p ? isoOf({ ...p, ...date }) : null;
}

/** The same day and offset at another time (seconds dropped: a dateline is to the minute). */
export function withTime(iso: string, time: TypedTime): string | null {
  const p = partsOf(iso);
  return p ? isoOf({ ...p, ...time, second: 0 }) : null;
}
