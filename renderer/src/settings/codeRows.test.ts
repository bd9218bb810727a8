import { describe, expect, it } from 'vitest';
import { mergeImported, rowProblems, type CodeRow } from './codeRows';

const row = (code: string, replacement: string, key = code): CodeRow => ({ key, code, replacement });

describe('rowProblems', () => {
  it('marks empty, spaced, duplicate codes and empty replacements', () => {
    const rows = [
      row('=nvh=', 'Nguyễn Văn Hiếu'),
      row('a b', 'x'),
      row('=nvh=', 'y', 'k2'),
      row('tp', ''),
      row('', 'z'),
    ];
    expect(rowProblems(rows)).toEqual([undefined, 'code', 'duplicate', 'replacement', 'code']);
  });
});

describe('mergeImported', () => {
  it('replaces same codes and appends new ones', () => {
    let n = 0;
    const merged = mergeImported(
      [row('tp', 'thành phố')],
      [
        { code: 'tp', replacement: 'Thành phố' },
        { code: 'hn', replacement: 'Hà Nội' },
      ],
      () => `new${n++}`,
    );
    expect(merged).toEqual([row('tp', 'Thành phố'), { key: 'new0', code: 'hn', replacement: 'Hà Nội' }]);
  });
});
