import { describe, expect, it } from 'vitest';
import { compareVietnamese } from './collate';

describe('compareVietnamese', () => {
  const orders: [string, string[], string[]][] = [
    ['đ is a letter after d, not after z', ['Zalo', 'Đà Nẵng', 'Dương', 'Anh'], ['Anh', 'Dương', 'Đà Nẵng', 'Zalo']],
    ['ă and â follow a', ['Ấn Độ', 'Ăn Tết', 'Anh', 'Bạc Liêu'], ['Anh', 'Ăn Tết', 'Ấn Độ', 'Bạc Liêu']],
    [
      'ê follows e, ô and ơ follow o, ư follows u',
      ['Ủy ban', 'Ơn', 'Ông', 'Ê-đê', 'Em', 'Ong', 'Ưu tiên'],
      ['Em', 'Ê-đê', 'Ong', 'Ông', 'Ơn', 'Ủy ban', 'Ưu tiên'],
    ],
    [
      'tones do not outrank letters',
      ['Hạ Long', 'Hà Nội', 'Hai Bà Trưng', 'Hả'],
      ['Hả', 'Hạ Long', 'Hà Nội', 'Hai Bà Trưng'],
    ],
    ['case does not come first', ['cần thơ', 'Cà Mau', 'CẦN THƠ'], ['Cà Mau', 'cần thơ', 'CẦN THƠ']],
    ['numbers as numbers', ['Kỳ 10', 'Kỳ 2', 'Kỳ 1'], ['Kỳ 1', 'Kỳ 2', 'Kỳ 10']],
  ];
  for (const [name, input, expected] of orders)
    it(name, () => expect([...input].sort(compareVietnamese)).toEqual(expected));

  it('keeps both tone placements of a word together, in one fixed order whatever came first', () => {
    const words = ['hoàn', 'Hòa Bình', 'hoa', 'hoà bình', 'Hoà Bình', 'hòa bình'];
    const sorted = [...words].sort(compareVietnamese);
    expect(sorted[0]).toBe('hoa');
    expect(sorted[5]).toBe('hoàn');
    expect([...words].reverse().sort(compareVietnamese)).toEqual(sorted);
  });

  it('is the same for NFC and NFD text', () => {
    expect(compareVietnamese('Đà Nẵng'.normalize('NFD'), 'Đà Nẵng')).toBe(0);
  });
});
