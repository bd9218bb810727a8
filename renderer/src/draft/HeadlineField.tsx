import { useLayoutEffect, useRef, type ChangeEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toNfc } from '../../../shared/text/nfc';

export interface HeadlineFieldProps {
  value: string;
  onChange: (headline: string) => void;
  /** Enter ends the headline: the caret moves on to the body. */
  onDone: () => void;
  lang: string;
  autoFocus?: boolean;
  /** While the text is being replaced (a restore) or the draft is going to the trash. */
  readOnly?: boolean;
}

/** A headline is one line; pasted line breaks become spaces. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * The headline: a textarea so long headlines wrap and the field grows. Text is kept in NFC as it
 * is typed (except mid-composition, which an input method owns), with the caret kept in place.
 */
export function HeadlineField({ value, onChange, onDone, lang, autoFocus, readOnly }: HeadlineFieldProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const composing = useRef(false);
  const caret = useRef<number | null>(null);

  useLayoutEffect(() => {
    const field = ref.current;
    if (field && caret.current !== null && document.activeElement === field) {
      field.setSelectionRange(caret.current, caret.current);
    }
    caret.current = null;
  }, [value]);

  const commit = (field: HTMLTextAreaElement) => {
    const raw = field.value;
    const next = toNfc(oneLine(raw));
    // React puts a rewritten value in with the caret at the end; remember where it belongs.
    caret.current = next === raw ? null : toNfc(oneLine(raw.slice(0, field.selectionEnd))).length;
    onChange(next);
  };

  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    if (composing.current) onChange(event.target.value);
    else commit(event.target);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      onDone();
    }
  };

  return (
    <textarea
      ref={ref}
      className="headline"
      data-testid="headline"
      aria-label={t('editor.headline')}
      placeholder={t('editor.headlinePlaceholder')}
      lang={lang}
      rows={1}
      spellCheck
      autoFocus={autoFocus}
      readOnly={readOnly}
      value={value}
      onChange={handleChange}
      onKeyDown={handleKeyDown}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={(event) => {
        composing.current = false;
        commit(event.currentTarget);
      }}
    />
  );
}
