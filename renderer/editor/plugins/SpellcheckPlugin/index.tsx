import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $isTextNode, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StoryLanguage } from '../../../../shared/text/spelling/speller';
import { useCodeTable } from '../../../ui/codeTable';
import { MisspeltMarks } from '../../spelling/highlights';
import { caretTextKey, markedWordOf, rangesFor, type MarkedWord } from '../../spelling/marksInEditor';
import type { Misspelling } from '../../spelling/protocol';
import { SpellingMenu } from '../../spelling/SpellingMenu';
import { addToMyDictionary, useDeskWords } from '../../spelling/deskWords';
import { spellClient } from '../../spelling/spellClient';
import { useIgnoredWordList, useStorySpelling } from '../../spelling/storySpelling';
import { isSpellingShortcut, markAtPoint, markForKeyboard } from './findMark';
import '../../spelling/spelling.css';

/** After this pause in typing the new text goes to the checker (marks already known stay drawn). */
const CHECK_AFTER_MS = 250;
/** A paste or a replace-all touches many texts: then every mark is drawn again. */
const REPAINT_ALL_OVER = 200;

/** The menu opens under the word, so the word stays in sight while the reporter chooses. */
function below(range: Range): { x: number; y: number } {
  const box = range.getBoundingClientRect();
  return { x: box.left, y: box.bottom + 4 };
}

interface OpenMenu extends MarkedWord {
  at: { x: number; y: number };
}

/**
 * Offline spellcheck of the body in the story's language. The checker runs in a worker; its
 * verdicts are drawn as highlights (no nodes, no text change, nothing in undo). A right-click on
 * a marked word, or Alt+F7 / Ctrl+. at the caret, opens the suggestions.
 */
export function SpellcheckPlugin({ language }: { language: StoryLanguage }) {
  const [editor] = useLexicalComposerContext();
  const placement = useCodeTable().settings?.typing.tonePlacement ?? 'new';
  // The story's ignored words (kept with the draft, shared with its fields); without a story, this editor's own.
  const story = useStorySpelling();
  const { ignored, ignore } = useIgnoredWordList(story?.ignored, story?.ignore);
  // The same words as the fields': a word added to my dictionary anywhere is accepted here at once.
  const { spelling, desk, ready } = useDeskWords();
  // Off in Settings → Spelling: nothing is checked and the marks go at once (the effect's cleanup).
  const checking = spelling.enabled && ready;
  const marks = useMemo(() => new MisspeltMarks(), []);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const known = useRef(new Map<string, readonly Misspelling[]>());

  useEffect(() => {
    if (!checking) return;
    // Another language or word list: every verdict is asked again.
    known.current = new Map();
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const paint = () => {
      const { byText, unchecked } = rangesFor(editor, known.current);
      marks.show(byText);
      return unchecked;
    };
    // A keystroke marks again only the texts it touched and where the caret was and is: walking
    // a 10,000-word story on every key would cost the typing it is meant to help.
    let caretWasIn = caretTextKey(editor);
    const repaint = (touched: ReadonlySet<string>) => {
      const caretIn = caretTextKey(editor);
      const keys = new Set([...touched, ...[caretWasIn, caretIn].filter((key) => key !== null)]);
      caretWasIn = caretIn;
      if (keys.size > REPAINT_ALL_OVER) paint();
      else marks.replace(keys, rangesFor(editor, known.current, keys).byText);
    };
    const check = () => {
      const unchecked = paint();
      if (unchecked.length === 0) return;
      spellClient
        .check({ language, desk, ignored }, unchecked)
        .then((results) => {
          if (!live) return;
          unchecked.forEach((text, i) => known.current.set(text, results[i] ?? []));
          if (known.current.size > 5000) known.current = new Map(unchecked.map((text, i) => [text, results[i] ?? []]));
          paint();
        })
        .catch((error: unknown) => console.warn('[newsdesk] spellcheck failed', error));
    };
    check();
    const off = editor.registerUpdateListener(({ dirtyLeaves }) => {
      repaint(dirtyLeaves);
      clearTimeout(timer);
      timer = setTimeout(check, CHECK_AFTER_MS);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      off();
      marks.clear();
    };
  }, [editor, language, desk, ignored, checking, marks]);

  const open = useCallback(
    (range: Range, at: { x: number; y: number }) => {
      const word = markedWordOf(editor, range);
      if (word) setMenu({ ...word, at });
    },
    [editor],
  );

  useEffect(
    () =>
      mergeRegister(
        editor.registerRootListener((root) => {
          const onContextMenu = (event: MouseEvent) => {
            const range = markAtPoint(marks, event.clientX, event.clientY);
            if (!range) return; // not a marked word: the usual menu
            event.preventDefault();
            open(range, below(range));
          };
          root?.addEventListener('contextmenu', onContextMenu);
          return () => root?.removeEventListener('contextmenu', onContextMenu);
        }),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!isSpellingShortcut(event)) return false;
            const range = markForKeyboard(marks);
            if (!range) return false;
            event.preventDefault();
            open(range, below(range));
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, marks, open],
  );

  const close = useCallback(() => {
    setMenu(null);
    editor.focus();
  }, [editor]);

  const replace = (suggestion: string) => {
    if (!menu) return;
    editor.update(() => {
      const node = $getNodeByKey(menu.key);
      // The text moved on since the menu opened (autosave, a collaborator's paste): leave it be.
      if (!$isTextNode(node) || node.getTextContent().slice(menu.start, menu.end) !== menu.word) return;
      node.spliceText(menu.start, menu.end - menu.start, suggestion, true);
    });
    close();
  };

  const addToDictionary = () => {
    if (!menu) return;
    addToMyDictionary(spelling, menu.word);
    close();
  };

  if (!menu) return null;
  return (
    <SpellingMenu
      word={menu.word}
      at={menu.at}
      language={language}
      placement={placement}
      onPick={replace}
      onAdd={addToDictionary}
      onIgnore={() => {
        ignore(menu.word);
        close();
      }}
      onClose={close}
    />
  );
}
