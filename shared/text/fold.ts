/**
 * Folds Vietnamese (and other Latin) text for search: lower case, no diacritics, đ → d, so that
 * "can tho" finds "Cần Thơ" and "Cần Thơ" finds "CAN THO".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** The distinct search words of a text, folded, in first-seen order. */
export function searchWords(text: string): string[] {
  return [
    ...new Set(
      foldForSearch(text)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ),
  ];
}
