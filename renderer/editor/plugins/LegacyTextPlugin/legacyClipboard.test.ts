// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from '../../../../shared/text/legacy';
import { findLegacyInClipboard } from './legacyClipboard';

const SENTENCE = 'Tổng Bí thư làm việc với UBND tỉnh Đắk Lắk';
const tcvn = encodeTcvn3(SENTENCE, { caps: false });
const word = (body: string, style = '') => `<html><head><style>${style}</style></head><body>${body}</body></html>`;

describe('findLegacyInClipboard', () => {
  it('reads the encoding and the caps font from Word runs', () => {
    const html = word(
      `<p><span style='font-family:".VnTimeH";font-size:14pt'>th«ng b¸o</span></p>` +
        `<p><span style='font-size:13pt;font-family:".VnTime", serif'>${tcvn}</span></p>`,
    );
    expect(findLegacyInClipboard(html, '')).toEqual({
      encoding: 'tcvn3',
      font: '.VnTimeH',
      runs: [
        { text: 'th«ng b¸o', encoding: 'tcvn3', caps: true },
        { text: tcvn, encoding: 'tcvn3', caps: false },
      ],
    });
  });

  it('takes a legacy font from a class rule when the runs name none', () => {
    const html = word(`<p class=MsoNormal>${tcvn}</p>`, `p.MsoNormal { font-family: "VNI-Times"; }`);
    expect(findLegacyInClipboard(html, '')?.encoding).toBe('vni');
  });

  it('reads <font face>', () => {
    expect(findLegacyInClipboard(`<font face=".VnArial">${tcvn}</font>`, '')?.font).toBe('.VnArial');
  });

  it('falls back to the words when no font is legacy', () => {
    const vni = encodeVni(SENTENCE);
    const found = findLegacyInClipboard(`<p style="font-family:Arial">${vni}</p>`, vni);
    expect(found).toEqual({ encoding: 'vni', font: null, runs: [{ text: vni, encoding: 'vni', caps: false }] });
  });

  it('finds nothing in Unicode or English pastes', () => {
    expect(findLegacyInClipboard(`<p style="font-family:'Times New Roman'">${SENTENCE}</p>`, SENTENCE)).toBeNull();
    expect(findLegacyInClipboard('', 'The café serves crème brûlée.')).toBeNull();
  });
});
