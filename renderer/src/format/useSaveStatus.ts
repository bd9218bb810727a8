import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reasonOf } from './reason';

/** Where one save of settings or photo text stands. */
export type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'failed'; reason: string };

/**
 * The status line beside a form that saves: `track(call)` shows "Saving…", then "Saved" or
 * "Not saved — <reason>" in the UI's words, and resolves to the call's answer (undefined when it
 * failed); `clear()` empties it when the fields change again. A form that also refuses input
 * before saving shows its own words for that in place of `text`.
 */
export function useSaveStatus() {
  const { t } = useTranslation();
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const track = useCallback(
    async <T>(work: Promise<T>): Promise<T | undefined> => {
      setState({ status: 'saving' });
      try {
        const answer = await work;
        setState({ status: 'saved' });
        return answer;
      } catch (error) {
        setState({ status: 'failed', reason: reasonOf(error, t) });
        return undefined;
      }
    },
    [t],
  );
  const clear = useCallback(() => setState({ status: 'idle' }), []);
  const text =
    state.status === 'failed'
      ? t('settings.failed', { reason: state.reason })
      : { idle: '', saving: t('settings.saving'), saved: t('settings.saved') }[state.status];
  return { state, text, track, clear };
}
