import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  spellingListProblem,
  type SpellingListProblem,
  type SpellingSettings,
} from '../../../../shared/contract/spellingSettings';
import { call } from '../../api';
import { useSaveStatus } from '../../format/useSaveStatus';

/** A problem's details as its words take them ("entries", not "count": the words are not a plural form). */
function wordsOf(problem: SpellingListProblem): { entries?: string; max?: string; entry?: string } {
  if (problem.code === 'too_many') return { entries: String(problem.count), max: String(problem.max) };
  return { entry: problem.entry };
}

/**
 * Sends the spelling settings whole. Each change is built on the settings as they are now (the
 * section re-renders from settings.changed), so a word added from a story meanwhile is kept. The
 * lists are checked here by the service's rule first: the reporter reads what to change at once.
 */
export function useSpellingSave() {
  const { t } = useTranslation();
  const saving = useSaveStatus();
  const [problem, setProblem] = useState<SpellingListProblem | null>(null);
  const { track, clear } = saving;

  const save = useCallback(
    async (next: SpellingSettings): Promise<boolean> => {
      const refused = spellingListProblem('personal', next.personal) ?? spellingListProblem('outlet', next.outlet);
      setProblem(refused ?? null);
      if (refused) {
        clear();
        return false;
      }
      return (await track(call(window.newsdesk.settings.update({ spelling: next })))) !== undefined;
    },
    [track, clear],
  );

  const status = problem ? t(`settings.spelling.problem.${problem.code}`, wordsOf(problem)) : saving.text;
  /** Whether the line says something went wrong (refused, or not saved). */
  const wrong = problem !== null || saving.state.status === 'failed';
  return { wrong, status, save };
}
