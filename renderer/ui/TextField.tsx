import {
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type CompositionEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type TextareaHTMLAttributes,
} from 'react';
import { useFieldSpelling } from '../editor/spelling/useFieldSpelling';
import { useCodeTable } from './codeTable';
import { settleFieldText } from './fieldText';
import { useInputMode } from './inputMode';
import { typeInField } from './vietTyping';

type Field = HTMLInputElement | HTMLTextAreaElement;

interface Own {
  value: string;
  /** The settled text: NFC, codes expanded. Not called mid-composition. */
  onValue: (value: string) => void;
  /** Expand the desk's code replacements as they are completed (captions, credits…). */
  codes?: boolean;
  /** The field's own rule, applied before NFC (the headline's "one line"). */
  shape?: (text: string) => string;
  /** Prose of the story (headline, lead, caption): misspellings are marked in the story's language. */
  spelling?: boolean;
}
type Handled = 'value' | 'defaultValue' | 'onChange';
export type TextFieldProps =
  | (Own & { multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Handled>)
  | (Own & { multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, Handled>);

/**
 * Every text field of the app: an input, or a textarea with `multiline`. Text is kept in NFC and
 * codes expand as they are typed — but never while an input method is composing: a Vietnamese
 * IME rewrites its syllable ("Câ" → "Cần") until compositionend, and a value written into the
 * field under it breaks the syllable. While composing the field shows what the IME has and tells
 * nobody; compositionend settles it, as a keystroke outside composition does.
 */
export function TextField(props: TextFieldProps) {
  const { table } = useCodeTable();
  const typing = useInputMode();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const composing = useRef(false);
  const [composed, setComposed] = useState<string | null>(null);
  const caretAfter = useRef<number | null>(null);

  useLayoutEffect(() => {
    const field = ref.current;
    if (caretAfter.current === null || !field) return;
    if (document.activeElement === field) field.setSelectionRange(caretAfter.current, caretAfter.current);
    caretAfter.current = null;
  });

  const { value, onValue, codes, shape, onCompositionStart, onCompositionEnd, onKeyDown } = props;
  // Marks are drawn over the text the field shows; not while an input method holds a syllable.
  const spelling = useFieldSpelling({
    field: ref,
    text: composed ?? value,
    wanted: props.spelling === true && composed === null,
    multiline: props.multiline === true,
    onValue,
  });
  const settle = (field: Field) => {
    const raw = field.value;
    const next = settleFieldText({
      previous: value,
      raw,
      caret: field.selectionEnd ?? raw.length,
      table: codes ? table : undefined,
      shape,
    });
    caretAfter.current = next.caret;
    onValue(next.value);
  };

  const handlers = {
    ref,
    value: composed ?? value,
    onChange: (event: ChangeEvent<Field>) => {
      if (composing.current) setComposed(event.target.value);
      else settle(event.target);
    },
    // The field's own keys first (the headline's Enter); then built-in Telex/VNI, never mid-composition.
    onKeyDown: (event: KeyboardEvent<HTMLInputElement & HTMLTextAreaElement>) => {
      onKeyDown?.(event);
      if (!event.defaultPrevented && !composing.current) typeInField(event, typing);
    },
    onCompositionStart: (event: CompositionEvent<HTMLInputElement & HTMLTextAreaElement>) => {
      composing.current = true;
      setComposed(event.currentTarget.value);
      onCompositionStart?.(event);
    },
    onCompositionEnd: (event: CompositionEvent<HTMLInputElement & HTMLTextAreaElement>) => {
      composing.current = false;
      setComposed(null);
      settle(event.currentTarget);
      onCompositionEnd?.(event);
    },
  };

  // spellCheck={false}: one spellchecker in the app (our own, offline; renderer/editor/spelling).
  // A field's text has no DOM Range to highlight: with `spelling` its marks are drawn by an
  // underlay laid over it (FieldMarks), placed before it so `.headline + .char-count` still holds.
  if (props.multiline) {
    const { multiline: _m, value: _v, onValue: _o, codes: _c, shape: _s, spelling: _p, style, ...rest } = props;
    return (
      <>
        {spelling.marks}
        <textarea spellCheck={false} {...rest} {...handlers} style={{ ...style, anchorName: spelling.anchor }} />
      </>
    );
  }
  const { multiline: _m, value: _v, onValue: _o, codes: _c, shape: _s, spelling: _p, style, ...rest } = props;
  return (
    <>
      {spelling.marks}
      <input type="text" spellCheck={false} {...rest} {...handlers} style={{ ...style, anchorName: spelling.anchor }} />
    </>
  );
}
