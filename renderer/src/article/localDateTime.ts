/**
 * A datetime-local input speaks wall-clock time with no zone ("2024-10-15T16:41"); a dateline
 * stores an ISO date-time with the offset it was written in ("2024-10-15T16:41:00+07:00").
 */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const ISO_WALL_CLOCK = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

const two = (n: number) => String(n).padStart(2, '0');

/** "+07:00" for 420 minutes east of UTC, "-03:30" for -210, "+00:00" for 0. */
export function offsetText(minutesEast: number): string {
  const sign = minutesEast < 0 ? '-' : '+';
  const abs = Math.abs(minutesEast);
  return `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** The input's wall-clock value with an offset: null when the value is not a real date-time. */
export function isoFromLocalInput(value: string, offsetMinutesEast: number): string | null {
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second = '00'] = m.slice(1);
  const date = new Date(Date.UTC(+year, +month - 1, +day, +hour, +minute, +second));
  // Date.UTC rolls "February 30" into March; such a value is not a date.
  if (date.getUTCMonth() !== +month - 1 || date.getUTCDate() !== +day || +hour > 23 || +minute > 59 || +second > 59) {
    return null;
  }
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${offsetText(offsetMinutesEast)}`;
}

/** What a datetime-local input shows for a stored date-time: its wall clock in its own offset. */
export function localInputOf(iso: string): string {
  return ISO_WALL_CLOCK.exec(iso)?.[1] ?? '';
}

/** The reporter's machine offset at that wall-clock moment (summer time included). */
export function machineOffsetAt(value: string): number {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? -new Date().getTimezoneOffset() : -date.getTimezoneOffset();
}

/** Now, to the minute, as a datetime-local value on this machine. */
export function localInputNow(now: Date): string {
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}T${two(now.getHours())}:${two(now.getMinutes())}`;
}
