import {
  cleanSpellingList,
  spellingListProblem,
  type SpellingList,
  type SpellingListProblem,
  type SpellingSettings,
} from '../../../shared/contract/spellingSettings';
import { ServiceError } from '../errors';

const LIST_NAMES: Record<SpellingList, string> = {
  personal: 'My dictionary',
  outlet: 'The outlet word list',
};

/** What to change, for the log and any caller without the UI's words (the UI words the code itself). */
function wordsFor(list: SpellingList, problem: SpellingListProblem): string {
  const name = LIST_NAMES[list];
  switch (problem.code) {
    case 'too_many':
      return `${name} holds at most ${problem.max} entries, not ${problem.count}; remove entries (or split the list) and save again`;
    case 'too_long':
      return `${name} has an entry longer than ${problem.max} characters ("${problem.entry}…"); shorten it or remove it`;
    case 'line_break':
      return `${name} has an entry with a line break ("${problem.entry}"); put each entry on its own line`;
    case 'comment_mark':
      return `${name} has an entry with # ("${problem.entry}"), which starts a comment in the shared file; remove the #`;
  }
}

/**
 * The spelling settings as they are stored: each list trimmed, NFC, blank entries dropped and
 * each entry once. A list that still cannot be kept is refused with what to change.
 */
export function cleanSpelling(spelling: SpellingSettings): SpellingSettings {
  const clean = {
    ...spelling,
    personal: cleanSpellingList(spelling.personal),
    outlet: cleanSpellingList(spelling.outlet),
  };
  for (const list of ['personal', 'outlet'] as const) {
    const problem = spellingListProblem(list, clean[list]);
    if (problem) throw new ServiceError('invalid_request', wordsFor(list, problem), `spelling.${list}`);
  }
  return clean;
}
