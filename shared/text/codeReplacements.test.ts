import { describe, expect, it } from 'vitest';
import { codeEndingAt, codeTable, expand, parseCodeTable, serialiseCodeTable } from './codeReplacements';

const table = codeTable([
  { code: '=nvh=', replacement: 'Nguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ' },
  { code: '=nv=', replacement: 'Nguyễn Văn' },
  { code: '=ct=', replacement: 'TP Cần Thơ' },
  { code: 'tp', replacement: 'thành phố' },
  { code: 'ubnd'.normalize('NFD'), replacement: 'Ủy ban nhân dân'.normalize('NFD') },
]);

describe('expand', () => {
  const cases: [string, string][] = [
    ['=nvh= phát biểu', 'Nguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ phát biểu'],
    ['Ông =nvh=.', 'Ông Nguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ.'],
    ['(=ct=)', '(TP Cần Thơ)'],
    ['=nv= Hiếu', 'Nguyễn Văn Hiếu'],
    ['=nvh==ct=', 'Nguyễn Văn Hiếu, Bí thư Thành ủy Cần ThơTP Cần Thơ'],
    ['tp Cần Thơ', 'thành phố Cần Thơ'],
    ['http://tp', 'http://thành phố'],
    ['http và tpHCM', 'http và tpHCM'],
    ['ubnd tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['=NVH= stays', '=NVH= stays'],
    ['không có mã', 'không có mã'],
    ['', ''],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      const out = expand(input, table);
      expect(out).toBe(expected);
      expect(out).toBe(out.normalize('NFC'));
    });
  }

  it('an empty table changes nothing but the normalisation', () => {
    expect(expand('Cần Thơ'.normalize('NFD'), codeTable([]))).toBe('Cần Thơ'.normalize('NFC'));
  });
});

describe('codeEndingAt (while typing)', () => {
  const cases: [string, number, { start: number; replacement: string } | undefined][] = [
    ['Ông =nvh=', 9, { start: 4, replacement: 'Nguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ' }],
    ['Ông =nvh', 8, undefined],
    ['=nv=', 4, { start: 0, replacement: 'Nguyễn Văn' }],
    ['x=nv=', 5, undefined],
    ['tp ', 2, { start: 0, replacement: 'thành phố' }],
    ['http', 4, undefined],
  ];
  for (const [text, caret, expected] of cases) {
    it(`${JSON.stringify(text)} at ${caret}`, () => expect(codeEndingAt(text, caret, table)).toEqual(expected));
  }
});

describe('parseCodeTable', () => {
  it('reads a TSV file, skipping a header, comments, blank lines, BOM and CRLF', () => {
    const tsv =
      '\uFEFFcode\treplacement\r\n# nhân vật\r\n=nvh=\tNguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ\r\n\r\n=ct=\t TP Cần Thơ \n';
    const { table: parsed, errors } = parseCodeTable(tsv);
    expect(errors).toEqual([]);
    expect(parsed.entries).toEqual([
      { code: '=nvh=', replacement: 'Nguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ' },
      { code: '=ct=', replacement: 'TP Cần Thơ' },
    ]);
  });

  const bad: [string, string][] = [
    ['=nvh= Nguyễn Văn Hiếu', 'line 1: no tab between the code and its replacement ("=nvh= Nguyễn Văn Hiếu")'],
    ['\tNguyễn', 'line 1: the code is empty'],
    ['=n vh=\tNguyễn', 'line 1: the code "=n vh=" contains a space'],
    ['=\tNguyễn', 'line 1: the code "=" is too short (at least 2 characters)'],
    ['=nvh=\t', 'line 1: "=nvh=" has no replacement'],
    ['=nvh=\tNguyễn\tVăn', 'line 1: more than two columns (a tab inside the replacement?)'],
    [`${'x'.repeat(33)}\ty`, `line 1: the code "${'x'.repeat(33)}" is longer than 32 characters`],
  ];
  for (const [line, message] of bad) {
    it(`rejects ${JSON.stringify(line)}`, () => {
      const { table: parsed, errors } = parseCodeTable(`${line}\n`);
      expect(errors).toEqual([{ line: 1, message }]);
      expect(parsed.entries).toEqual([]);
    });
  }

  it('keeps the good lines and reports each bad one with its number', () => {
    const { table: parsed, errors } = parseCodeTable('=a=\tAn\nno tab here\n=b=\tBình\n=a=\tAnh\n');
    expect(parsed.entries.map((e) => e.code)).toEqual(['=a=', '=b=']);
    expect(errors.map((e) => e.message)).toEqual([
      'line 2: no tab between the code and its replacement ("no tab here")',
      'line 4: "=a=" is already defined on line 1',
    ]);
  });

  it('keeps Vietnamese in NFC, whatever the file used', () => {
    const { table: parsed } = parseCodeTable(`=ct=\t${'Cần Thơ'.normalize('NFD')}\n`);
    expect(parsed.entries[0].replacement).toBe('Cần Thơ'.normalize('NFC'));
  });
});

describe('serialiseCodeTable', () => {
  it('round-trips through parseCodeTable', () => {
    const text = serialiseCodeTable(table);
    expect(text.split('\n')[0]).toBe('=nvh=\tNguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ');
    const { table: again, errors } = parseCodeTable(text);
    expect(errors).toEqual([]);
    expect(again.entries).toEqual(table.entries);
  });

  it('refuses a table it could not write back', () => {
    expect(() => codeTable([{ code: '=x=', replacement: 'a\tb' }])).toThrow(
      'the replacement for "=x=" contains a tab or a line break',
    );
    expect(() =>
      codeTable([
        { code: '=x=', replacement: 'a' },
        { code: '=x=', replacement: 'b' },
      ]),
    ).toThrow('"=x=" is in the table twice');
  });
});
