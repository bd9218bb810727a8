/**
 * TCVN3 ("ABC", TCVN 5712:1993 VN3): the 8-bit encoding of the `.VnTime` family of fonts. Text in
 * it reaches us as the Windows-1252 characters of its bytes ("Tæng BÝ th­" for "Tổng Bí thư").
 *
 * Source of the table: TCVN 5712:1993 as the GNU C Library ships it
 * (localedata/charmaps/TCVN5712-1, "% alias TCVN5712-1:1993"), bytes 0xA1–0xFF. VN3 is that
 * table's upper half: lower-case letters with tones, plus Ă Â Ê Ô Ơ Ư Đ at 0xA1–0xA7. It has no
 * upper-case letters with tones: those are typed with the same bytes in the all-caps `.VnTimeH`
 * fonts, so only the font name tells "Bé" from "BÉ" (see `caps`). The few VN1 capitals at 0xAF,
 * 0xBA… and the combining tones at 0xB0–0xB4 are read as VN1 has them: VN3 fonts leave them empty.
 */
const FROM_A1 = [
  '\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0', // 0xA1–0xAF
  '\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4', // 0xB0–0xBF
  '\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD', // 0xC0–0xCF
  '\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2', // 0xD0–0xDF
  '\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9', // 0xE0–0xEF
  '\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0', // 0xF0–0xFF
].join('');

const DECODE = new Map<string, string>([...FROM_A1].map((letter, i) => [String.fromCharCode(0xa1 + i), letter]));

/** Unicode letter → TCVN3 character, for the letters VN3 has (lower case and Ă Â Ê Ô Ơ Ư Đ). */
const ENCODE = new Map<string, string>(
  [...DECODE]
    .filter(([byte, letter]) => {
      const code = byte.charCodeAt(0);
      return code <= 0xa7 || (letter === letter.toLowerCase() && !/[\u0300-\u0323]/.test(letter));
    })
    .map(([byte, letter]) => [letter, byte]),
);

export interface TcvnOptions {
  /** The text is set in an all-caps font (`.VnTimeH`, `.VnArialH`): every letter is a capital. */
  caps: boolean;
}

/** TCVN3 text (as its Windows-1252 characters) to Unicode NFC. */
export function decodeTcvn3(text: string, { caps }: TcvnOptions): string {
  let out = '';
  for (const ch of text) out += DECODE.get(ch) ?? ch;
  const unicode = out.normalize('NFC');
  return caps ? unicode.toUpperCase() : unicode;
}

/**
 * Unicode to TCVN3, as a `.VnTime` document would hold it. Capitals with tones exist only in the
 * caps fonts: with `caps` the whole text is written with lower-case bytes, as typists did.
 * Throws on a letter VN3 cannot write (a capital with a tone without `caps`); signs pass as they are.
 */
export function encodeTcvn3(text: string, { caps }: TcvnOptions): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const letter = caps ? ch.toLowerCase() : ch;
    const byte = ENCODE.get(letter);
    if (byte) out += byte;
    else if (letter.charCodeAt(0) >= 0x80 && /\p{L}/u.test(letter))
      throw new RangeError(`TCVN3 has no "${ch}" outside a caps font`);
    else out += letter;
  }
  return out;
}
