import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storyWordCount } from '../../../../shared/article/storyWords';
import { readingMinutes } from '../../../../shared/format/words';

/** The longest a count may trail the text when the reporter never pauses. */
const COUNT_WITHIN_MS = 300;

/**
 * Words (Vietnamese syllables) and reading time of the body, kept current as it is typed.
 * Counting reads the whole body (~4 ms for 10,000 words, tests/bench/editor.bench.ts), so it runs
 * in the idle time between keystrokes, never inside one: a keystroke only notes that the text
 * changed. (Lexical's text-content listener would rebuild the body's text on every update.)
 */
export function WordCountPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  // The same count History, the checklist and the exports give: body text, captions left out.
  const wordsNow = useCallback(() => storyWordCount(editor.getEditorState().toJSON()), [editor]);
  const [words, setWords] = useState(wordsNow);
  useEffect(() => {
    let idle: number | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const count = () => {
      if (idle !== null) window.cancelIdleCallback(idle);
      if (timer !== null) clearTimeout(timer);
      idle = timer = null;
      setWords(wordsNow());
    };
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      // Selection moves change no text; a count already waiting will see this change too.
      if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || timer !== null) return;
      if (typeof window.requestIdleCallback === 'function')
        idle = window.requestIdleCallback(count, { timeout: COUNT_WITHIN_MS });
      timer = setTimeout(count, COUNT_WITHIN_MS);
    });
    return () => {
      unregister();
      if (idle !== null) window.cancelIdleCallback(idle);
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor, wordsNow]);
  return (
    <p className="body-stats" data-testid="word-count" aria-live="off">
      {t('article.words', { count: words, minutes: readingMinutes(words) })}
    </p>
  );
}
