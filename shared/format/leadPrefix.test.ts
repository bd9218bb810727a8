import { describe, expect, it } from 'vitest';
import { hasLeadPrefix, leadPrefix, withLeadPrefix } from './leadPrefix';

const PATTERN = '({outlet}) - ';

describe('leadPrefix', () => {
  const cases: [pattern: string, outlet: string, expected: string][] = [
    [PATTERN, 'NSMT', '(NSMT) - '],
    [PATTERN, ' NSMT ', '(NSMT) - '],
    ['{outlet} – ', 'TTXVN', 'TTXVN – '],
    ['{outlet}: ', 'VOV', 'VOV: '],
    [PATTERN, '', ''],
  ];
  for (const [pattern, outlet, expected] of cases) {
    it(`${pattern} + ${outlet || '(no outlet)'} → ${expected || '(nothing)'}`, () =>
      expect(leadPrefix(pattern, outlet)).toBe(expected));
  }
});

describe('withLeadPrefix', () => {
  const lead = 'Được sự cho phép của Thường trực Thành ủy Cần Thơ, ngày 14/10…';
  const cases: [lead: string, pattern: string, outlet: string, expected: string][] = [
    [lead, PATTERN, 'NSMT', `(NSMT) - ${lead}`],
    // Already written by the reporter, with any dash or outlet: left alone.
    [`(NSMT) - ${lead}`, PATTERN, 'NSMT', `(NSMT) - ${lead}`],
    [`(NSMT) – ${lead}`, PATTERN, 'NSMT', `(NSMT) – ${lead}`],
    [`(TTXVN)-${lead}`, PATTERN, 'NSMT', `(TTXVN)-${lead}`],
    // A parenthesis that is not a prefix is text.
    [`(Ảnh) Người dân ${lead}`, PATTERN, 'NSMT', `(NSMT) - (Ảnh) Người dân ${lead}`],
    [`  ${lead}  `, PATTERN, 'NSMT', `(NSMT) - ${lead}`],
    ['', PATTERN, 'NSMT', ''],
    [lead, PATTERN, '', lead],
  ];
  for (const [input, pattern, outlet, expected] of cases) {
    it(`${input.slice(0, 24)}… → ${expected.slice(0, 30)}…`, () =>
      expect(withLeadPrefix(input, pattern, outlet)).toBe(expected));
  }

  it('a pattern without {outlet} never counts as already written', () =>
    expect(hasLeadPrefix('NSMT - x', 'NSMT - ')).toBe(false));
});
