import { describe, expect, it } from 'vitest';
import { codeTable } from '../../../shared/text/codeReplacements';
import { expandAtCaret } from './codeInput';

const table = codeTable([
  { code: '=nvh=', replacement: 'Nguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ' },
  { code: 'tp', replacement: 'thành phố' },
]);

describe('expandAtCaret', () => {
  const cases: [string, string, number, string | undefined][] = [
    ['Ông =nvh', 'Ông =nvh=', 9, 'Ông Nguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ'],
    ['', 'tp', 2, 'thành phố'],
    ['htt', 'http', 4, undefined],
    ['=nvh= x', '=nvh=', 5, undefined],
    ['a  b', 'a tp b', 4, 'a thành phố b'],
  ];
  for (const [previous, value, caret, expected] of cases) {
    it(`"${value}" at ${caret}`, () => {
      expect(expandAtCaret(previous, value, caret, table)?.value).toBe(expected);
    });
  }

  it('puts the caret after the replacement', () => {
    expect(expandAtCaret('a  b', 'a tp b', 4, table)?.caret).toBe('a thành phố'.length);
  });
});
