import { describe, expect, it } from 'vitest';
import { codeTable } from '../../shared/text/codeReplacements';
import { settleFieldText, type Settled } from './fieldText';

const table = codeTable([
  { code: '=nvh=', replacement: 'Nguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ' },
  { code: 'tp', replacement: 'thành phố' },
]);
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');
// "Cần Thơ" as some input methods and pasted PDFs write it: base letters plus combining marks.
const NFD = 'Cần Thơ'.normalize('NFD');

describe('settleFieldText', () => {
  const cases: [name: string, input: Parameters<typeof settleFieldText>[0], expected: Settled][] = [
    ['plain NFC text is left as typed', { previous: 'Cần', raw: 'Cần ', caret: 4 }, { value: 'Cần ', caret: null }],
    [
      'NFD becomes NFC, caret at the end',
      { previous: '', raw: NFD, caret: NFD.length },
      { value: 'Cần Thơ', caret: 7 },
    ],
    [
      'NFD becomes NFC, caret kept mid-text',
      { previous: '', raw: `${NFD} x`, caret: NFD.indexOf(' ') },
      { value: 'Cần Thơ x', caret: 3 },
    ],
    [
      'a completed code expands',
      { previous: 'Ông =nvh', raw: 'Ông =nvh=', caret: 9, table },
      {
        value: 'Ông Nguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ',
        caret: 'Ông Nguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ'.length,
      },
    ],
    [
      'a code expands mid-text, caret after the replacement',
      { previous: 'a  b', raw: 'a tp b', caret: 4, table },
      { value: 'a thành phố b', caret: 'a thành phố'.length },
    ],
    [
      'a code after NFD text: caret counted in NFC',
      { previous: `${NFD} t`, raw: `${NFD} tp`, caret: NFD.length + 3, table },
      { value: 'Cần Thơ thành phố', caret: 17 },
    ],
    ['no table, no expansion', { previous: 't', raw: 'tp', caret: 2 }, { value: 'tp', caret: null }],
    [
      'deleting back into a code does not expand it',
      { previous: 'tp ', raw: 'tp', caret: 2, table },
      { value: 'tp', caret: null },
    ],
    ['a code inside a word stays', { previous: 'htt', raw: 'http', caret: 4, table }, { value: 'http', caret: null }],
    [
      'a shape rule runs before NFC',
      { previous: '', raw: `${NFD}\nmưa`, caret: NFD.length + 1, shape: oneLine },
      { value: 'Cần Thơ mưa', caret: 8 },
    ],
  ];
  for (const [name, input, expected] of cases) it(name, () => expect(settleFieldText(input)).toEqual(expected));
});
