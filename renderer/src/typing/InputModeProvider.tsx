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
 *
 * Saves go one at a time, the newest choice after the one in flight: three quick Alt+Z sent as
 * three concurrent updates could land out of order and leave the store on an older mode than the
 * one shown. The choice is shown while its saves are in flight.
 */
export function InputModeProvider({ children }: { children: ReactNode }) {
  const { settings } = useCodeTable();
  const stored: TypingSettings = settings?.typing ?? DEFAULT_TYPING_SETTINGS;
  // A switch shows before the store answers; once the saves are answered and the stored mode has
  // moved on from where it was, the store speaks again.
  const [chosen, setChosen] = useState<{ mode: InputMode; over: InputMode } | null>(null);
  const [saving, setSaving] = useState(false);
  const mode = chosen && (saving || chosen.over === stored.inputMode) ? chosen.mode : stored.inputMode;
  const send = useMemo(
    () =>
      oneAtATime(
        (typing: TypingSettings) =>
          call(window.newsdesk.settings.update({ typing })).catch((error: unknown) =>
            console.warn('[newsdesk] input mode not saved', error),
          ),
        setSaving,
      ),
    [],
  );

  const setMode = useCallback(
    (next: InputMode) => {
      setChosen({ mode: next, over: stored.inputMode });
      send({ ...stored, inputMode: next });
    },
    [stored, send],
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

/** Runs `save` for one value at a time; a value given meanwhile waits, and only the newest. */
function oneAtATime<T>(save: (value: T) => Promise<unknown>, busy: (busy: boolean) => void): (value: T) => void {
  let inFlight = false;
  let next: { value: T } | null = null;
  const run = (value: T): void => {
    if (inFlight) {
      next = { value };
      return;
    }
    inFlight = true;
    busy(true);
    void save(value).finally(() => {
      inFlight = false;
      const queued = next;
      next = null;
      if (queued) run(queued.value);
      else busy(false);
    });
  };
  return run;
}
