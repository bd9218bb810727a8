/**
 * Vietnamese alphabetical order, the one every list in Newsdesk sorts by (headlines, sections,
 * templates). Vietnamese treats ă, â, đ, ê, ô, ơ, ư as letters of their own — "Đà Nẵng" comes
 * after every "D…" word, "Ăn" after every "A…" — and a plain code-point sort puts them after "Z".
 * Tones only break ties, so "hoà" and "hòa" (both tone placements) sit together; numbers sort as
 * numbers ("Kỳ 2" before "Kỳ 10").
 */
const byLetter = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const byMark = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** For Array.prototype.sort: Vietnamese order; texts equal but for tones and case keep one fixed order. */
export function compareVietnamese(a: string, b: string): number {
  return byLetter.compare(a, b) || byMark.compare(a, b);
}
