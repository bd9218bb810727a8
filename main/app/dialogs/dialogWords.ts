import type { StartupError } from '../../../shared/contract';
import type { Language } from '../../../shared/commands/words';
import { wordsFor } from '../../../shared/commands/words';
import { StoreRefusedError } from '../../services/drafts/storeMeta';
import { ServiceError, storageError } from '../../services/errors';

/*
 * Main's own words (the start-up error box, the quit prompt) come from the same locale files as
 * the window's, through i18next like the menu's: nothing main shows is spelled in code.
 */

/**
 * What stopped the start, as a code the dialog can word: a refused data folder carries its own;
 * a disk error becomes store_unwritable with its cause; anything else is unexpected (its English
 * message goes to the log, not to the reporter).
 */
export function startupProblemOf(error: unknown, folder: string): StartupError | null {
  if (error instanceof StoreRefusedError) return error.startup;
  if (error instanceof ServiceError && error.code === 'storage_failed')
    return { code: 'store_unwritable', detail: { folder, reason: error.reason ?? 'io' } };
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof errno === 'string' && /^E[A-Z]+$/.test(errno))
    return { code: 'store_unwritable', detail: { folder, reason: storageError('', error).reason ?? 'io' } };
  return null;
}

export interface StartupFailureFacts {
  dataFolder: string;
  logsFolder: string;
}

/** The title and text of the box shown when Newsdesk cannot start. */
export function startupFailureWords(
  language: Language,
  error: unknown,
  facts: StartupFailureFacts,
): { title: string; content: string } {
  const t = wordsFor(language);
  const problem = startupProblemOf(error, facts.dataFolder);
  const title = t('startup.title');
  if (problem === null) return { title, content: t('startup.unexpected', { logsFolder: facts.logsFolder }) };
  const { reason, ...detail } = problem.detail;
  const content = t(`startup.errors.${problem.code}`, {
    ...detail,
    reason: reason === undefined ? '' : t(`storageReasons.${reason}`),
  });
  return { title, content };
}

/** The question asked when a closing window still holds text no save has stored. */
export function unsavedPromptWords(language: Language): { message: string; detail: string; buttons: string[] } {
  const t = wordsFor(language);
  return {
    message: t('quitting.unsavedMessage'),
    detail: t('quitting.unsavedDetail'),
    // Order matters: 0 keeps the window (the default and Escape), 1 closes it.
    buttons: [t('quitting.keepOpen'), t('quitting.closeAnyway')],
  };
}
