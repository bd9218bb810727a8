import {
  useLayoutEffect,
  useRef,
  type ChangeEvent,
  type InputHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { expandAtCaret } from './codeInput';
import { useCodeTable } from './CodeTableContext';

type Common = { value: string; onValue: (value: string) => void };
type TextareaProps = Common & { multiline: true } & Omit<
    TextareaHTMLAttributes<HTMLTextAreaElement>,
    'value' | 'onChange'
  >;
type InputProps = Common & { multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>;

/** A caption, credit or alt-text field that expands code replacements as they are typed; text stays NFC. */
export function CodeTextField(props: TextareaProps | InputProps) {
  const { table } = useCodeTable();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const caretAfter = useRef<number | null>(null);

  useLayoutEffect(() => {
    if (caretAfter.current === null || !ref.current) return;
    ref.current.setSelectionRange(caretAfter.current, caretAfter.current);
    caretAfter.current = null;
  });

  const onChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const field = event.target;
    const caret = field.selectionStart ?? field.value.length;
    const expanded = expandAtCaret(props.value, field.value, caret, table);
    if (expanded) {
      caretAfter.current = expanded.caret;
      props.onValue(expanded.value);
      return;
    }
    const nfc = field.value.normalize('NFC');
    if (nfc !== field.value) caretAfter.current = field.value.slice(0, caret).normalize('NFC').length;
    props.onValue(nfc);
  };

  if (props.multiline) {
    const { multiline: _multiline, value, onValue: _onValue, ...rest } = props;
    return <textarea {...rest} ref={ref} value={value} onChange={onChange} />;
  }
  const { multiline: _multiline, value, onValue: _onValue, ...rest } = props;
  return <input type="text" {...rest} ref={ref} value={value} onChange={onChange} />;
}
