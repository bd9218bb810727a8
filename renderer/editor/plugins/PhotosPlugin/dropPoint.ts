/** Firefox before 128 said where a drag ended on the event itself, and nowhere else. */
interface LegacyFirefoxDragEvent {
  rangeParent?: Node | null;
  rangeOffset?: number;
}

export interface DomPoint {
  node: Node;
  offset: number;
}

type Pointer = Pick<MouseEvent, 'clientX' | 'clientY'> & LegacyFirefoxDragEvent;
type Caret = Partial<Pick<Document, 'caretRangeFromPoint' | 'caretPositionFromPoint'>>;

/**
 * The text position under the pointer where a drag ended, in whichever way the browser offers it
 * (the Lexical playground's ImagesPlugin does the same): caretRangeFromPoint (Chromium, Safari),
 * caretPositionFromPoint (the standard: Firefox, newer Chromium), or Firefox's old
 * rangeParent/rangeOffset on the event. Null when none knows: the photo then goes where the
 * selection is.
 */
export function dropPointOf(event: Pointer, doc: Caret): DomPoint | null {
  const range = doc.caretRangeFromPoint?.(event.clientX, event.clientY);
  if (range) return { node: range.startContainer, offset: range.startOffset };
  const position = doc.caretPositionFromPoint?.(event.clientX, event.clientY);
  if (position) return { node: position.offsetNode, offset: position.offset };
  if (event.rangeParent) return { node: event.rangeParent, offset: event.rangeOffset ?? 0 };
  return null;
}
