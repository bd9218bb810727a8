import { detectLegacy, legacyFont, type LegacyEncoding } from '../../../../shared/text/legacy';

/** A stretch of pasted text and how to read it. */
export interface LegacyRun {
  text: string;
  encoding: LegacyEncoding;
  /** Set in an all-caps TCVN3 font (.VnTimeH): every letter is a capital. */
  caps: boolean;
}

/** Legacy text found in a paste (or in a body opened as it was imported). */
export interface LegacyFinding {
  encoding: LegacyEncoding;
  /** The legacy font that told us, ".VnTime", or null when the words themselves did. */
  font: string | null;
  /** The pasted stretches to convert; empty: whatever reads as legacy. */
  runs: LegacyRun[];
}

const FONT_FAMILY = /(?:^|;)\s*font-family\s*:\s*([^;]+)/i;

/** The first family an element names: font-family in its style, or a <font face>. */
function familyOf(element: Element): string | null {
  const declared = FONT_FAMILY.exec(element.getAttribute('style') ?? '')?.[1] ?? element.getAttribute('face');
  return declared ? (declared.split(',')[0]?.trim() ?? null) : null;
}

/** The family a text node is shown in: the nearest element that names one. */
function fontOfText(node: Node): string | null {
  for (let element = node.parentElement; element; element = element.parentElement) {
    const family = familyOf(element);
    if (family) return family;
  }
  return null;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What a clipboard holds in TCVN3 or VNI. Word and LibreOffice name the font of every run
 * (`font-family:".VnTime"`), which decides the encoding and, for `.VnTimeH`, that the letters are
 * capitals; a class rule in the clipboard's <style> covers runs that name none. Without a legacy
 * font the words decide (plain text, or HTML from a page that lost its fonts).
 */
export function findLegacyInClipboard(html: string, plain: string): LegacyFinding | null {
  if (html) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const styleFont = [...doc.querySelectorAll('style')]
      .flatMap((style) => [...(style.textContent ?? '').matchAll(/font-family\s*:\s*([^;}]+)/gi)])
      .map((match) => match[1].split(',')[0].trim())
      .find((family) => legacyFont(family) !== null);
    const runs: LegacyRun[] = [];
    let font: string | null = null;
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = squeeze(node.textContent ?? '');
      const family = fontOfText(node) ?? styleFont ?? null;
      const legacy = family ? legacyFont(family) : null;
      if (!text || !legacy || !family) continue;
      font ??= family.replace(/^["']|["']$/g, '');
      runs.push({ text, ...legacy });
    }
    if (runs.length > 0) return { encoding: runs[0].encoding, font, runs };
  }
  const text = plain || (html ? (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '') : '');
  const found = detectLegacy(text);
  if (!found) return null;
  const runs = text
    .split(/\n+/)
    .map(squeeze)
    .filter(Boolean)
    .map((line) => ({ text: line, encoding: found.encoding, caps: false }));
  return { encoding: found.encoding, font: null, runs };
}
