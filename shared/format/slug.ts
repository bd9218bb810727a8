import { foldForSearch } from '../text/fold';

/** Latin letters NFD does not take apart (đ is handled by the fold). */
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', þ: 'th', ð: 'd' };

/**
 * A URL slug: "Tổng Bí thư Tô Lâm làm việc…" → "tong-bi-thu-to-lam-lam-viec…". Diacritics go
 * (NFD or NFC input alike, đ → d), anything but a–z and 0–9 becomes one dash, and a slug longer
 * than `maxLength` is cut at the last whole word that fits.
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldForSearch(text)
    .replace(/[ßæœøłþð]/g, (ch) => LETTERS[ch])
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  // One word longer than the limit is cut inside the word: a slug must not be empty.
  return lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength);
}
