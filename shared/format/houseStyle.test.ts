import { describe, expect, it } from 'vitest';
import { DEFAULT_HOUSE_STYLE, fillPattern, HouseStyleSchema } from './houseStyle';

describe('fillPattern', () => {
  const values = { PLACE: 'CẦN THƠ', weekday: 'Thứ ba', empty: '' };
  const cases: [pattern: string, expected: string][] = [
    ['{weekday}', 'Thứ ba'],
    ['[{PLACE} – ]{weekday}', 'CẦN THƠ – Thứ ba'],
    ['[{empty} – ]{weekday}', 'Thứ ba'],
    ['[({PLACE}, {empty}) ]{weekday}', 'Thứ ba'],
    ['[không token] {weekday}', 'không token Thứ ba'],
    ['{nope} {weekday}', '{nope} Thứ ba'],
    ['[{nope}]{weekday}', '{nope}Thứ ba'],
    ['mở [ không đóng {weekday}', 'mở [ không đóng Thứ ba'],
    ['', ''],
  ];
  for (const [pattern, expected] of cases) {
    it(`${JSON.stringify(pattern)} → ${JSON.stringify(expected)}`, () =>
      expect(fillPattern(pattern, values)).toBe(expected));
  }
});

describe('DEFAULT_HOUSE_STYLE', () => {
  it('is a valid house style', () => expect(HouseStyleSchema.parse(DEFAULT_HOUSE_STYLE)).toEqual(DEFAULT_HOUSE_STYLE));
});
