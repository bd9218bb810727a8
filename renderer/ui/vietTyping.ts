import type { KeyboardEvent } from 'react';
import { syllableBefore, typeKey } from '../../shared/text/telex';
import { isTypingKey, type InputModeState } from './inputMode';

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Telex/VNI in an input or textarea: a key that changes the syllable before the caret replaces
 * that syllable instead of going in. The replacement is typed with insertText, so the field's own
 * undo takes it back and React sees an ordinary input event (the field settles it as any other).
 */
export function typeInField(event: KeyboardEvent<Field>, typing: Pick<InputModeState, 'mode' | 'placement'>): void {
  if (typing.mode === 'off' || !isTypingKey(event.nativeEvent)) return;
  const field = event.currentTarget;
  // Web addresses, e-mail and numbers are not Vietnamese words: "vnexpress" must stay as typed.
  if (field instanceof HTMLInputElement && !['text', 'search'].includes(field.type)) return;
  if (['url', 'email', 'numeric', 'decimal', 'tel'].includes(field.inputMode)) return;
  const caret = field.selectionEnd;
  if (caret === null || field.selectionStart !== caret || field.readOnly) return;
  const word = syllableBefore(field.value.slice(0, caret));
  const next = typeKey(word, event.key, { method: typing.mode, placement: typing.placement });
  if (next === null) return;
  event.preventDefault();
  field.setSelectionRange(caret - word.length, caret);
  // execCommand keeps the field's undo history; a field that refuses it gets the text set directly.
  if (!document.execCommand('insertText', false, next)) {
    field.setRangeText(next, caret - word.length, caret, 'end');
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
