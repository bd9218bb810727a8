import { decodeTcvn3 } from './tcvn3';
import { decodeVni } from './vni';

export { decodeTcvn3, encodeTcvn3 } from './tcvn3';
export { decodeVni, encodeVni } from './vni';
export { detectLegacy, hasUnicodeOnlyLetters, legacyFont, type LegacyEncoding, type LegacyFinding } from './detect';

/** How a piece of legacy text is read: its encoding, and for TCVN3 whether its font is all caps. */
export interface LegacyReading {
  encoding: 'tcvn3' | 'vni';
  caps: boolean;
}

/** Legacy text to Unicode NFC. */
export function convertLegacy(text: string, { encoding, caps }: LegacyReading): string {
  return encoding === 'tcvn3' ? decodeTcvn3(text, { caps }) : decodeVni(text);
}
