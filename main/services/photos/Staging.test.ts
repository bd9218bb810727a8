import { describe, expect, it } from 'vitest';
import { sanitiseFileName } from './Staging';

const names: [string, string][] = [
  ['IMG_0042.HEIC', 'IMG_0042.HEIC'],
  ['Ảnh Cần Thơ.jpg'.normalize('NFD'), 'Ảnh Cần Thơ.jpg'.normalize('NFC')],
  ['../../etc/passwd', 'passwd'],
  ['C:\\Users\\pv\\a.jpg', 'a.jpg'],
  ['a<b>:c"d|e?f*.jpg', 'a_b__c_d_e_f_.jpg'],
  ['.hidden.jpg', 'hidden.jpg'],
  ['..', 'photo'],
  ['line\nbreak.jpg', 'line_break.jpg'],
  [`${'x'.repeat(300)}.jpeg`, `${'x'.repeat(100)}.jpeg`],
];

describe('sanitiseFileName', () => {
  it.each(names)('%s → %s', (name, expected) => {
    expect(sanitiseFileName(name)).toBe(expected);
  });
});
