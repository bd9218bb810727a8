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

export class MisspeltMarks {
  private ranges: Range[] = [];

  /** Replaces this owner's marks. */
  show(ranges: Range[]): void {
    const highlight = shared();
    for (const range of this.ranges) highlight?.delete(range);
    this.ranges = ranges;
    for (const range of ranges) highlight?.add(range);
  }

  /** The mark under a point of the text, if any. */
  at(node: Node, offset: number): Range | undefined {
    return this.ranges.find((range) => {
      try {
        return range.isPointInRange(node, offset);
      } catch {
        return false; // a point in another document part (WrongDocumentError)
      }
    });
  }

  all(): readonly Range[] {
    return this.ranges;
  }

  clear(): void {
    this.show([]);
  }
}
