import { createContext, useContext } from 'react';
import { DEFAULT_TYPING_SETTINGS } from '../../shared/contract/typingSettings';
import type { InputMode, TonePlacement } from '../../shared/text/telex';

export interface InputModeState {
  mode: InputMode;
  placement: TonePlacement;
  setMode: (mode: InputMode) => void;
}

/**
 * The built-in Telex/VNI, for the body and every text field alike. Here, not beside its provider
 * (renderer/src/typing), because the editor may not reach into renderer/src.
 */
export const InputModeContext = createContext<InputModeState>({
  mode: DEFAULT_TYPING_SETTINGS.inputMode,
  placement: DEFAULT_TYPING_SETTINGS.tonePlacement,
  setMode: () => undefined,
});

export function useInputMode(): InputModeState {
  return useContext(InputModeContext);
}

/** The toolbar button and the shortcut go round: Off → Telex → VNI → Off. */
export function nextInputMode(mode: InputMode): InputMode {
  return mode === 'off' ? 'telex' : mode === 'telex' ? 'vni' : 'off';
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** Alt+Z, Unikey's own switch, so hands that know it find it here. */
export const INPUT_MODE_SHORTCUT = isMac ? '⌥Z' : 'Alt+Z';
export const isInputModeShortcut = (event: KeyboardEvent): boolean =>
  event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyZ';

/**
 * Whether a keydown may go through the built-in Telex/VNI: a plain character, no shortcut, and no
 * input method composing (a system IME owns its keys: Telex on top of it would type twice).
 */
export function isTypingKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing' | 'keyCode'>,
): boolean {
  if (event.isComposing || event.keyCode === 229) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return [...event.key].length === 1;
}
