import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INPUT_MODE_SHORTCUT, nextInputMode, useInputMode } from './inputMode';
import './inputMode.css';

// A click must not take focus from the field being typed in: the caret stays where it was.
const keepFocus = (event: MouseEvent) => event.preventDefault();

/** The toolbar's switch for built-in Vietnamese input: Off → Telex → VNI → Off. */
export function InputModeButton() {
  const { t } = useTranslation();
  const { mode, setMode } = useInputMode();
  const label = t('typing.toggle', { mode: t(`typing.mode.${mode}`), shortcut: INPUT_MODE_SHORTCUT });
  return (
    <button
      type="button"
      className="toolbar-button toolbar-input-mode"
      data-testid="input-mode"
      data-mode={mode}
      aria-pressed={mode !== 'off'}
      aria-label={label}
      title={label}
      onMouseDown={keepFocus}
      onClick={() => setMode(nextInputMode(mode))}
    >
      {mode === 'off' ? t('typing.buttonOff') : t(`typing.mode.${mode}`)}
    </button>
  );
}

/** The status line's word on the input mode: "Telex", "VNI" or "Off". */
export function InputModeStatus() {
  const { t } = useTranslation();
  const { mode } = useInputMode();
  return (
    <span className="input-mode-status" data-mode={mode}>
      {t('typing.statusLabel')} <strong data-testid="input-mode-status">{t(`typing.mode.${mode}`)}</strong>
    </span>
  );
}
