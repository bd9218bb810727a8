import { countWords } from '../format/words';
import { bodyTextOf } from './lexical';

/**
 * The story's words, the one count every part of Newsdesk shows: the editor, History, the Finish
 * checklist and the exports (ninjs "wordcount" excludes captions). Body text only: a caption is
 * the photo's, and it may change at the desk without the story changing. From the body itself
 * when there is one, so a count never depends on how a caller extracted its text.
 */
export function storyWordCount(body: { root: unknown } | null, bodyText = ''): number {
  return countWords(body ? bodyTextOf(body) : bodyText);
}
