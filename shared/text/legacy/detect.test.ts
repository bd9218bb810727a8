import { describe, expect, it } from 'vitest';
import { detectLegacy, encodeTcvn3, encodeVni, legacyFont } from './index';

describe('legacyFont', () => {
  const cases: [family: string, expected: ReturnType<typeof legacyFont>][] = [
    ['.VnTime', { encoding: 'tcvn3', caps: false }],
    ['".VnTime"', { encoding: 'tcvn3', caps: false }],
    ["'.VnTimeH'", { encoding: 'tcvn3', caps: true }],
    ['.VnArialH', { encoding: 'tcvn3', caps: true }],
    ['.VnArial Narrow', { encoding: 'tcvn3', caps: false }],
    ['VNI-Times', { encoding: 'vni', caps: false }],
    ['VNI-Helve', { encoding: 'vni', caps: false }],
    ['Times New Roman', null],
    ['Arial', null],
    ['Vnexpress Sans', null],
  ];
  for (const [family, expected] of cases) it(family, () => expect(legacyFont(family)).toEqual(expected));
});

describe('detectLegacy flags legacy text', () => {
  const cases: [text: string, encoding: 'tcvn3' | 'vni'][] = [
    ['Tæng BÝ th­', 'tcvn3'],
    ['Hµ Néi', 'tcvn3'],
    [encodeTcvn3('Ủy ban nhân dân tỉnh Đắk Lắk họp phiên thường kỳ', { caps: true }), 'tcvn3'],
    ['Toång Bí thö', 'vni'],
    [encodeVni('Ủy ban nhân dân tỉnh Đắk Lắk họp phiên thường kỳ'), 'vni'],
    [encodeVni('Ảnh: Nguyễn Văn Hiếu'), 'vni'],
  ];
  for (const [text, encoding] of cases)
    it(`${text} → ${encoding}`, () => expect(detectLegacy(text)?.encoding).toBe(encoding));
});

describe('detectLegacy leaves Unicode and English alone', () => {
  const texts = [
    'Tổng Bí thư Tô Lâm làm việc với Ban Thường vụ Thành ủy Cần Thơ.',
    'Có là có, không là không.', // Latin-1 letters only: still Vietnamese as it stands
    'Bé và mẹ đi chợ.',
    'The café on the corner serves crème brûlée and a naïve rosé; the résumé is in Zürich.',
    'São Paulo, El Niño, déjà vu, façade, Ångström, Björk, Dvořák, Gdańsk.',
    'Newsdesk sends the story to WordPress © 2024 — “quoted” – ½ price ±3 °C.',
    'UBND, NSMT, TTXVN, COVID-19, 15/10/2024, 16:41 PM',
    '',
  ];
  for (const text of texts) it(text || '(empty)', () => expect(detectLegacy(text)).toBeNull());
});
