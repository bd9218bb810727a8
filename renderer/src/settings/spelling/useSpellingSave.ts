import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  spellingListProblem,
  type SpellingListProblem,
  type SpellingSettings,
} from '../../../../shared/contract/spellingSettings';
import { call } from '../../api';
import { reasonOf } from '../../format/reason';

/** A problem's details as its words take them ("entries", not "count": the words are not a plural form). */
function wordsOf(problem: SpellingListProblem): { entries?: string; max?: string; entry?: string } {
  if (problem.code === 'too_many') return { entries: String(problem.count), max: String(problem.max) };
  return { entry: problem.entry };
}

export type SpellingSaveState =
  | { status: 'idle' | 'saving' | 'saved' }
  | { status: 'invalid'; problem: SpellingListProblem }
  | { status: 'failed'; reason: string };

/**
 * Sends the spelling settings whole. Each change is built on the settings as they are now (the
 * section re-renders from settings.changed), so a word added from a story meanwhile is kept. The
 * lists are checked here by the service's rule first: the reporter reads what to change at once.
 */
export function useSpellingSave() {
  const { t } = useTranslation();
  const [state, setState] = useState<SpellingSaveState>({ status: 'idle' });

  const save = useCallback(
    async (next: SpellingSettings): Promise<boolean> => {
      const problem = spellingListProblem('personal', next.personal) ?? spellingListProblem('outlet', next.outlet);
      if (problem) {
        setState({ status: 'invalid', problem });
        return false;
      }
      setState({ status: 'saving' });
      try {
        await call(window.newsdesk.settings.update({ spelling: next }));
        setState({ status: 'saved' });
        return true;
      } catch (error) {
        setState({ status: 'failed', reason: reasonOf(error, t) });
        return false;
      }
    },
    [t],
  );

  const status =
    state.status === 'failed'
      ? t('settings.failed', { reason: state.reason })
      : state.status === 'invalid'
        ? t(`settings.spelling.problem.${state.problem.code}`, wordsOf(state.problem))
        : { idle: '', saving: t('settings.saving'), saved: t('settings.saved') }[state.status];
  return { state, status, save };
}
