/**
 * Misspellings are drawn with the CSS Custom Highlight API: Ranges over the text the editor
 * already shows, registered under one name and styled by ::highlight(newsdesk-misspelt). No node
 * is added and no text changes, so Lexical's state, the undo history and the saved draft never
 * see them. Each editor (the body, a caption) owns its own set of ranges in the one Highlight.
 */
export const MISSPELT_HIGHLIGHT = 'newsdesk-misspelt';

function shared(): Highlight | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return null;
  let highlight = CSS.highlights.get(MISSPELT_HIGHLIGHT);
  if (!highlight) {
    highlight = new Highlight();
    CSS.highlights.set(MISSPELT_HIGHLIGHT, highlight);
  }
  return highlight;
}

/** The marks of one text (a Lexical text node's key → the ranges over its rendered text). */
export type MarksByText = ReadonlyMap<string, readonly Range[]>;

export class MisspeltMarks {
  private byText = new Map<string, readonly Range[]>();

  /** Replaces all of this owner's marks. */
  show(marks: MarksByText): void {
    this.replace(new Set([...this.byText.keys(), ...marks.keys()]), marks);
  }

  /**
   * Replaces the marks of these texts only (a keystroke changes one text node; the live Ranges
   * over the others still sit on their unchanged DOM text, so a long story is not re-marked).
   */
  replace(keys: Iterable<string>, marks: MarksByText): void {
    const highlight = shared();
    for (const key of keys) {
      for (const range of this.byText.get(key) ?? []) highlight?.delete(range);
      const next = marks.get(key);
      if (next && next.length > 0) {
        this.byText.set(key, next);
        for (const range of next) highlight?.add(range);
      } else this.byText.delete(key);
    }
  }

  /** The mark under a point of the text, if any. */
  at(node: Node, offset: number): Range | undefined {
    for (const ranges of this.byText.values()) {
      const found = ranges.find((range) => {
        try {
          return !range.collapsed && range.isPointInRange(node, offset);
        } catch {
          return false; // a point in another document part (WrongDocumentError)
        }
      });
      if (found) return found;
    }
    return undefined;
  }

  /** Every mark, in reading order. */
  all(): readonly Range[] {
    return [...this.byText.values()]
      .flat()
      .filter((range) => !range.collapsed)
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  }

  clear(): void {
    this.show(new Map());
  }
}
