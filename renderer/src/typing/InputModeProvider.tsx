import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_TYPING_SETTINGS, type TypingSettings } from '../../../shared/contract/typingSettings';
import type { InputMode } from '../../../shared/text/telex';
import { useCodeTable } from '../../ui/codeTable';
import { InputModeContext, isInputModeShortcut, nextInputMode, type InputModeState } from '../../ui/inputMode';
import { call } from '../api';

/**
 * Telex/VNI on or off for the whole app, kept in the settings so it survives a restart. A switch
 * shows at once; the settings store follows (and a failed save is only logged: the mode still
 * works for this session). Alt+Z switches from anywhere.
 */
export function InputModeProvider({ children }: { children: ReactNode }) {
  const { settings } = useCodeTable();
  const stored: TypingSettings = settings?.typing ?? DEFAULT_TYPING_SETTINGS;
  // A switch shows before the store answers; once the stored mode changes, the store speaks again.
  const [chosen, setChosen] = useState<{ mode: InputMode; over: InputMode } | null>(null);
  const mode = chosen && chosen.over === stored.inputMode ? chosen.mode : stored.inputMode;

  const setMode = useCallback(
    (next: InputMode) => {
      setChosen({ mode: next, over: stored.inputMode });
      call(window.newsdesk.settings.update({ typing: { ...stored, inputMode: next } })).catch((error: unknown) =>
        console.warn('[newsdesk] input mode not saved', error),
      );
    },
    [stored],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isInputModeShortcut(event)) return;
      event.preventDefault();
      setMode(nextInputMode(mode));
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [mode, setMode]);

  const value = useMemo<InputModeState>(
    () => ({ mode, placement: stored.tonePlacement, setMode }),
    [mode, stored.tonePlacement, setMode],
  );
  return <InputModeContext.Provider value={value}>{children}</InputModeContext.Provider>;
}
