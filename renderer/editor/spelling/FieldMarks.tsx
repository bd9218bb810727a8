import { useEffect, useLayoutEffect, type RefObject } from 'react';
import { runsOf } from './fieldMarks';
import type { Misspelling } from './protocol';

export type SpelledField = HTMLInputElement | HTMLTextAreaElement;

/** What the copy must share with the field for its words to fall on the field's words. */
const LAYOUT = [
  'box-sizing',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-stretch',
  'font-variant',
  'font-kerning',
  'font-feature-settings',
  'font-variation-settings',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'text-align',
  'tab-size',
  'direction',
  'overflow-wrap',
  'word-break',
  'text-rendering',
];

/** Anchor positioning keeps the copy on the field through layout and scrolling (Chromium ≥ 125). */
export const canDrawFieldMarks = (): boolean =>
  typeof CSS !== 'undefined' && CSS.supports('anchor-name: --a') && CSS.supports('width: anchor-size(width)');

/**
 * Lines the copy up with the field: its box and type, the room a scrollbar takes, and where the
 * field is scrolled to. Run on every text change, resize and scroll.
 */
function follow(field: SpelledField, copy: HTMLElement): void {
  const style = getComputedStyle(field);
  for (const property of LAYOUT) copy.style.setProperty(property, style.getPropertyValue(property));
  const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
  const scrollbar = Math.max(0, field.offsetWidth - field.clientWidth - borders);
  copy.style.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
  copy.scrollTop = field.scrollTop;
  copy.scrollLeft = field.scrollLeft;
}

export interface FieldMarksProps {
  field: RefObject<SpelledField | null>;
  /** Exactly what the field shows. */
  text: string;
  marks: readonly Misspelling[];
  multiline: boolean;
  /** The field's anchor-name (set on the field by TextField): what the copy is held to. */
  anchor: string;
  copy: RefObject<HTMLDivElement | null>;
  /** The checker has answered for the text as it is now (tests and tools wait for it). */
  checked: boolean;
}

/**
 * The misspellings of an <input>/<textarea>, whose text has no DOM Range to highlight: a copy of
 * the field's text in transparent ink, laid over the field with its font, padding, wrapping and
 * scroll, where the misspelt words carry the wavy line. The field itself is untouched (its text,
 * caret, selection, undo, label and lang); the copy takes no pointer and is hidden from screen
 * readers, so a right-click lands on the field and the field is read as it always was.
 */
export function FieldMarks({ field, text, marks, multiline, anchor, copy, checked }: FieldMarksProps) {
  // After the commit (not a layout effect): on the first one the field, rendered after the copy,
  // has no ref yet while the copy's layout effects run.
  useEffect(() => {
    const box = field.current;
    const over = copy.current;
    if (!box || !over) return undefined;
    const sync = () => follow(box, over);
    sync();
    const resized = new ResizeObserver(sync);
    resized.observe(box);
    box.addEventListener('scroll', sync);
    return () => {
      resized.disconnect();
      box.removeEventListener('scroll', sync);
    };
  }, [field, copy]);

  useLayoutEffect(() => {
    if (field.current && copy.current) follow(field.current, copy.current);
  }, [field, copy, text, marks]);

  return (
    <div
      ref={copy}
      aria-hidden="true"
      className={multiline ? 'field-spelling' : 'field-spelling field-spelling-line'}
      data-testid="field-spelling"
      data-checked={checked}
      style={{ positionAnchor: anchor }}
    >
      <span className="field-spelling-text">
        {runsOf(text, marks).map((run) =>
          run.mark ? (
            <span
              key={run.mark.start}
              className="field-spelling-mark"
              data-testid="field-spelling-mark"
              data-start={run.mark.start}
              data-end={run.mark.end}
            >
              {run.text}
            </span>
          ) : (
            run.text
          ),
        )}
        {/* A last empty line (text ending in a line break) is a line in the field too. */}
        {'\u200b'}
      </span>
    </div>
  );
}
