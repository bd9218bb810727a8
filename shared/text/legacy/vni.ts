import { splitTone, type Tone } from '../vietnameseLetters';

/**
 * VNI-Windows: the encoding of the `VNI-Times` family of fonts. A letter is a base letter followed
 * by a mark character ("Vieät" for "Việt"); ơ, ư, đ and the i's with tones are single characters.
 * Like TCVN3 it reaches us as the Windows-1252 characters of its bytes.
 *
 * Source: the VNI-WIN charset of VnConv, Unikey's converter (Pham Kim Long, unikey/data.cpp), as
 * also tabulated by the Vietnamese Unicode project (vietunicode.sourceforge.net/charset). The
 * table below writes its rule out: one mark per tone, one per mark-and-tone, capitals in capitals.
 */
const TONE_MARK: Record<Tone, string> = { acute: 'ù', grave: 'ø', hook: 'û', tilde: 'õ', dot: 'ï' };
/** â ê ô carry one of these: a bare circumflex, or circumflex and tone in one character. */
const CIRCUMFLEX = 'â';
const CIRCUMFLEX_TONE: Record<Tone, string> = { acute: 'á', grave: 'à', hook: 'å', tilde: 'ã', dot: 'ä' };
/** ă: a bare breve, or breve and tone. */
const BREVE = 'ê';
const BREVE_TONE: Record<Tone, string> = { acute: 'é', grave: 'è', hook: 'ú', tilde: 'ü', dot: 'ë' };
/** Letters that are one character: ơ ư đ, the i's with a tone, ỵ. */
const SINGLE: Record<string, string> = { ơ: 'ô', ư: 'ö', đ: 'ñ', í: 'í', ì: 'ì', ỉ: 'æ', ĩ: 'ó', ị: 'ò', ỵ: 'î' };

const WITH_CIRCUMFLEX: Record<string, string> = { â: 'a', ê: 'e', ô: 'o' };

/** One lower-case letter in VNI. */
function encodeLower(letter: string): string {
  if (SINGLE[letter]) return SINGLE[letter];
  const { letter: marked, tone } = splitTone(letter);
  if (SINGLE[marked]) return `${SINGLE[marked]}${tone ? TONE_MARK[tone] : ''}`;
  if (WITH_CIRCUMFLEX[marked]) return `${WITH_CIRCUMFLEX[marked]}${tone ? CIRCUMFLEX_TONE[tone] : CIRCUMFLEX}`;
  if (marked === 'ă') return `a${tone ? BREVE_TONE[tone] : BREVE}`;
  return `${marked}${tone ? TONE_MARK[tone] : ''}`;
}

/** Unicode to VNI-Windows, as a `VNI-Times` document would hold it. */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const lower = ch.toLowerCase();
    const encoded = lower.charCodeAt(0) < 0x80 ? lower : encodeLower(lower);
    // Capitals are written with capital bases and capital marks ("VIEÄT").
    out += ch === lower ? encoded : encoded.toUpperCase();
  }
  return out;
}

/** What each mark character does after a base letter, and which bases take it. */
const MARKS = new Map<string, { mark: 'circumflex' | 'breve' | null; tone: Tone | null; bases: string }>();
const PLAIN_BASES = 'aeouyôö';
for (const [tone, ch] of Object.entries(TONE_MARK) as [Tone, string][])
  MARKS.set(ch, { mark: null, tone, bases: PLAIN_BASES });
for (const [tone, ch] of Object.entries(CIRCUMFLEX_TONE) as [Tone, string][])
  MARKS.set(ch, { mark: 'circumflex', tone, bases: 'aeo' });
for (const [tone, ch] of Object.entries(BREVE_TONE) as [Tone, string][])
  MARKS.set(ch, { mark: 'breve', tone, bases: 'a' });
MARKS.set(CIRCUMFLEX, { mark: 'circumflex', tone: null, bases: 'aeo' });
MARKS.set(BREVE, { mark: 'breve', tone: null, bases: 'a' });

const READ_SINGLE = new Map(Object.entries(SINGLE).map(([letter, ch]) => [ch, letter]));
const COMBINING = { circumflex: '\u0302', breve: '\u0306' } as const;
const TONE_COMBINING: Record<Tone, string> = {
  acute: '\u0301',
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323',
};

/**
 * VNI-Windows text (as its Windows-1252 characters) to Unicode NFC. The case of a letter is its
 * base's: "Vieät", "VIEÄT" and a stray "VIEät" all read right.
 */
export function decodeVni(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    const next = chars[i + 1]?.toLowerCase();
    const mark = next === undefined ? undefined : MARKS.get(next);
    if (mark && mark.bases.includes(lower)) {
      const base = READ_SINGLE.get(lower) ?? lower;
      const letter = `${base}${mark.mark ? COMBINING[mark.mark] : ''}${mark.tone ? TONE_COMBINING[mark.tone] : ''}`;
      const composed = letter.normalize('NFC');
      out += upper ? composed.toUpperCase() : composed;
      i++;
      continue;
    }
    const single = READ_SINGLE.get(lower);
    out += single ? (upper ? single.toUpperCase() : single) : ch;
  }
  return out.normalize('NFC');
}
