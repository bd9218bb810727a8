import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getRoot } from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countWords, readingMinutes } from '../../../../shared/format/words';

/** Words (Vietnamese syllables) and reading time of the body, kept current as it is typed. */
export function WordCountPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [words, setWords] = useState(() => countWords(editor.getEditorState().read(() => $getRoot().getTextContent())));
  useEffect(() => mergeRegister(editor.registerTextContentListener((text) => setWords(countWords(text)))), [editor]);
  return (
    <p className="body-stats" data-testid="word-count" aria-live="off">
      {t('article.words', { words, minutes: readingMinutes(words) })}
    </p>
  );
}
