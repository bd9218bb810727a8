import { describe, expect, it } from 'vitest';
import { isoFromLocalInput, localInputOf, offsetText } from './localDateTime';

describe('isoFromLocalInput', () => {
  const cases: [string, number, string | null][] = [
    ['2024-10-15T16:41', 420, '2024-10-15T16:41:00+07:00'],
    ['2024-10-15T16:41:30', 420, '2024-10-15T16:41:30+07:00'],
    ['2024-03-31T02:30', 60, '2024-03-31T02:30:00+01:00'],
    ['2024-01-01T00:00', 0, '2024-01-01T00:00:00+00:00'],
    ['2024-06-01T09:05', -210, '2024-06-01T09:05:00-03:30'],
    ['2024-12-31T23:59', 345, '2024-12-31T23:59:00+05:45'],
    ['2024-02-30T10:00', 420, null],
    ['2024-10-15T24:00', 420, null],
    ['2024-10-15', 420, null],
    ['', 420, null],
  ];
  for (const [value, offset, expected] of cases) {
    it(`${value || '(empty)'} at ${offset} min → ${expected}`, () => {
      expect(isoFromLocalInput(value, offset)).toBe(expected);
    });
  }
});

describe('localInputOf', () => {
  const cases: [string, string][] = [
    ['2024-10-15T16:41:00+07:00', '2024-10-15T16:41'],
    ['2024-10-15T16:41:00.000+0700', '2024-10-15T16:41'],
    ['2024-10-15T09:41:00Z', '2024-10-15T09:41'],
    ['2024-10-15T16:41-03:30', '2024-10-15T16:41'],
    ['2024-10-15T16:41:00', ''],
    ['not a date', ''],
  ];
  for (const [iso, expected] of cases) {
    it(`${iso} → ${expected || '(empty)'}`, () => expect(localInputOf(iso)).toBe(expected));
  }
});

describe('offsetText', () => {
  const cases: [number, string][] = [
    [420, '+07:00'],
    [0, '+00:00'],
    [-300, '-05:00'],
    [330, '+05:30'],
  ];
  for (const [minutes, expected] of cases)
    it(`${minutes} → ${expected}`, () => expect(offsetText(minutes)).toBe(expected));
});
