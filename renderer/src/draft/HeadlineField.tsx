import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';

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

/** The headline: a textarea so long headlines wrap and the field grows. */
export function HeadlineField({ value, onChange, onDone, lang, autoFocus, readOnly }: HeadlineFieldProps) {
  const { t } = useTranslation();
  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter that commits an input method's syllable is the IME's, not the end of the headline.
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      onDone();
    }
  };
  return (
    <TextField
      multiline
      spelling
      className="headline"
      data-testid="headline"
      aria-label={t('editor.headline')}
      placeholder={t('editor.headlinePlaceholder')}
      lang={lang}
      rows={1}
      autoFocus={autoFocus}
      readOnly={readOnly}
      value={value}
      onValue={onChange}
      shape={oneLine}
      onKeyDown={handleKeyDown}
    />
  );
}
