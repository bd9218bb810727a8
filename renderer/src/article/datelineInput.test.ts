import { describe, expect, it } from 'vitest';
import {
  dateTextOf,
  offsetLabelOf,
  parseTypedDate,
  parseTypedTime,
  timeTextOf,
  withDate,
  withTime,
} from './datelineInput';

describe('parseTypedDate: day first, four-digit years', () => {
  const cases: [string, string | null][] = [
    ['15/10/2024', '2024-10-15'],
    ['5/1/2025', '2025-01-05'],
    ['15.10.2024', '2024-10-15'],
    ['15-10-2024', '2024-10-15'],
    [' 15 / 10 / 2024 ', '2024-10-15'],
    ['15102024', '2024-10-15'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2023', null],
    ['31/04/2024', null],
    ['10/15/2024', null],
    ['15/10/24', null],
    ['15/10/202', null],
    ['15/10/0441', '0441-10-15'],
    ['', null],
    ['hôm nay', null],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected}`, () => {
      const date = parseTypedDate(text);
      const iso = date
        ? `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
        : null;
      expect(iso).toBe(expected);
    });
  }
});

describe('parseTypedTime: 24-hour', () => {
  const cases: [string, string | null][] = [
    ['16:41', '16:41'],
    ['9:05', '09:05'],
    ['16h41', '16:41'],
    ['16 giờ 41', '16:41'],
    ['16h', '16:00'],
    ['16.41', '16:41'],
    ['1641', '16:41'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
    ['24:00', null],
    ['16:60', null],
    ['4:41 PM', null],
    ['', null],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected}`, () => {
      const time = parseTypedTime(text);
      expect(time ? `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}` : null).toBe(
        expected,
      );
    });
  }
});

describe('a stored dateline, read and changed part by part in its own offset', () => {
  const iso = '2024-10-15T16:41:30+07:00';
  it('reads as the reporter wrote it, whatever this machine’s zone', () => {
    expect([dateTextOf(iso), timeTextOf(iso), offsetLabelOf(iso)]).toEqual(['15/10/2024', '16:41', 'UTC+07:00']);
    expect(offsetLabelOf('2024-10-15T16:41:00-03:30')).toBe('UTC-03:30');
    expect(offsetLabelOf('2024-10-15T16:41:00Z')).toBe('UTC+00:00');
  });
  it('a new date keeps the time and the offset', () => {
    expect(withDate(iso, { year: 2024, month: 11, day: 30 })).toBe('2024-11-30T16:41:30+07:00');
  });
  it('a new time keeps the day and the offset, to the minute', () => {
    expect(withTime(iso, { hour: 9, minute: 5 })).toBe('2024-10-15T09:05:00+07:00');
    expect(withTime('2024-10-15T16:41:00-03:30', { hour: 23, minute: 0 })).toBe('2024-10-15T23:00:00-03:30');
  });
  it('an unreadable value gives nothing to show and nothing to change', () => {
    expect([dateTextOf('x'), timeTextOf('x'), withTime('x', { hour: 1, minute: 1 })]).toEqual(['', '', null]);
  });
});
