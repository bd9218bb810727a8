import { useLayoutEffect, useRef, type ChangeEvent } from 'react';
import { toNfc } from '../../../shared/text/nfc';

type Field = HTMLInputElement | HTMLTextAreaElement;

export interface NfcFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** A textarea that grows with its text, instead of a one-line input. */
  multiline?: boolean;
  testId: string;
  label: string;
  placeholder?: string;
  className?: string;
  lang?: string;
  readOnly?: boolean;
  list?: string;
  id?: string;
}

/**
 * A text field whose value is kept in NFC as it is typed (not mid-composition, which an input
 * method owns), with the caret kept where it was when normalising shortens the text.
 */
export function NfcField({
  value,
  onChange,
  multiline,
  testId,
  label,
  placeholder,
  className,
  lang,
  readOnly,
  list,
  id,
}: NfcFieldProps) {
  const ref = useRef<Field>(null);
  const composing = useRef(false);
  const caret = useRef<number | null>(null);

  useLayoutEffect(() => {
    const field = ref.current;
    if (field && caret.current !== null && document.activeElement === field)
      field.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [value]);

  const commit = (field: Field) => {
    const raw = field.value;
    const next = toNfc(raw);
    caret.current = next === raw ? null : toNfc(raw.slice(0, field.selectionEnd ?? raw.length)).length;
    onChange(next);
  };
  const common = {
    id,
    className,
    'data-testid': testId,
    'aria-label': label,
    placeholder,
    lang,
    readOnly,
    value,
    spellCheck: true,
    onChange: (event: ChangeEvent<Field>) => (composing.current ? onChange(event.target.value) : commit(event.target)),
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (event: { currentTarget: Field }) => {
      composing.current = false;
      commit(event.currentTarget);
    },
  };
  return multiline ? (
    <textarea ref={ref as React.RefObject<HTMLTextAreaElement>} rows={2} {...common} />
  ) : (
    <input ref={ref as React.RefObject<HTMLInputElement>} type="text" list={list} {...common} />
  );
}
