import { useEffect, useId, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { StoryLanguage } from '../../../shared/text/spelling/speller';
import { useCodeTable } from '../../ui/codeTable';
import { isSpellingShortcut } from '../plugins/SpellcheckPlugin/findMark';
import { carryMarks, markForCaret, marksToShow } from './fieldMarks';
import { canDrawFieldMarks, FieldMarks, type SpelledField } from './FieldMarks';
import type { Misspelling } from './protocol';
import { SpellingMenu } from './SpellingMenu';
import { spellClient } from './spellClient';
import { addToMyDictionary, useDeskWords } from './deskWords';
import { useStorySpelling } from './storySpelling';
import './spelling.css';

/** As the body: after this pause in typing the field's text goes to the checker. */
const CHECK_AFTER_MS = 250;
const NONE: readonly string[] = [];

/** The checker's answer for one text, and what it was asked with. */
interface Checked {
  text: string;
  marks: readonly Misspelling[];
  language: StoryLanguage;
  desk: readonly string[];
  ignored: readonly string[];
}

interface OpenMenu {
  mark: Misspelling;
  at: { x: number; y: number };
}

/** The marks the underlay draws, read back from it: what the reporter sees is what the menu offers. */
function drawnMarks(copy: HTMLElement | null): { mark: Misspelling; element: HTMLElement }[] {
  return [...(copy?.querySelectorAll<HTMLElement>('[data-testid="field-spelling-mark"]') ?? [])].map((element) => ({
    element,
    mark: { start: Number(element.dataset.start), end: Number(element.dataset.end), word: element.textContent },
  }));
}

const below = (element: Element) => {
  const box = element.getBoundingClientRect();
  return { x: box.left, y: box.bottom + 4 };
};

/** Where the caret sits when nothing is selected; null otherwise or when the field is not focused. */
const caretIn = (field: SpelledField): number | null =>
  document.activeElement === field && field.selectionStart === field.selectionEnd ? field.selectionEnd : null;

export interface FieldSpellingOptions {
  field: RefObject<SpelledField | null>;
  /** Exactly what the field shows. */
  text: string;
  /** The field asked for checking and no input method is composing in it. */
  wanted: boolean;
  multiline: boolean;
  /** Puts a new value in when the browser cannot type the suggestion into the field itself. */
  onValue: (value: string) => void;
}

export interface FieldSpelling {
  /** The underlay and the open menu, rendered just before the field. */
  marks: ReactNode;
  /** The field's anchor-name, which holds the underlay on it; undefined when nothing is drawn. */
  anchor: string | undefined;
}

/**
 * Spellcheck of one plain field of a story, the body's way: the same worker, word lists, menu and
 * story language; marks drawn by an underlay (FieldMarks), the word being typed left alone.
 */
export function useFieldSpelling({ field, text, wanted, multiline, onValue }: FieldSpellingOptions): FieldSpelling {
  const story = useStorySpelling();
  const ignored = story?.ignored ?? NONE;
  // The same words as the body's: a word added to my dictionary anywhere is accepted here at once.
  const { spelling, desk, ready } = useDeskWords();
  const placement = useCodeTable().settings?.typing.tonePlacement ?? 'new';
  const on = wanted && ready && story !== null && spelling.enabled && canDrawFieldMarks();
  const language = story?.language ?? 'vi';
  const [checked, setChecked] = useState<Checked | null>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const copy = useRef<HTMLDivElement>(null);
  const anchor = `--spelling-${useId().replace(/[^\w-]/g, '')}`;

  // A verdict given with another language or word list says nothing now.
  const fresh =
    checked !== null && checked.language === language && checked.desk === desk && checked.ignored === ignored;
  const checkedText = fresh ? checked.text : null;
  useEffect(() => {
    if (!on || checkedText === text) return undefined;
    const timer = setTimeout(
      () =>
        void spellClient
          .check({ language, desk, ignored }, [text])
          .then(([found]) => setChecked({ text, marks: found ?? [], language, desk, ignored }))
          .catch((error: unknown) => console.warn('[newsdesk] spellcheck failed', error)),
      checkedText === null ? 0 : CHECK_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [on, text, language, desk, ignored, checkedText]);

  // Until the checker answers for the text as it is now, its last marks move with the edits.
  const current = useMemo(
    () => (on && fresh ? carryMarks(checked.text, text, checked.marks) : []),
    [on, fresh, checked, text],
  );
  const shown = useMemo(() => marksToShow(current, caret), [current, caret]);
  // The keyboard also reaches the word just typed, whose mark is not drawn yet.
  const known = useRef(current);
  useEffect(() => {
    known.current = current;
  }, [current]);

  useEffect(() => {
    // HTMLElement: the two kinds of field would make every listener's type a union.
    const box: HTMLElement | null = field.current;
    if (!on || !box) return undefined;
    const readOnly = () => field.current?.readOnly !== false;
    const openAt = (mark: Misspelling, element: Element) => setMenu({ mark, at: below(element) });
    const track = () => setCaret(field.current ? caretIn(field.current) : null);
    const onContextMenu = (event: MouseEvent) => {
      const hit = drawnMarks(copy.current).find(({ element }) =>
        [...element.getClientRects()].some(
          (r) =>
            event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom,
        ),
      );
      if (!hit || readOnly()) return; // not a marked word: the usual menu
      // Ours alone: the body around a placed photo's caption has its own spelling menu.
      event.preventDefault();
      event.stopPropagation();
      openAt(hit.mark, hit.element);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSpellingShortcut(event) || readOnly()) return;
      const mark = markForCaret(known.current, field.current?.selectionStart ?? null);
      if (!mark) return;
      event.preventDefault();
      event.stopPropagation();
      const drawn = drawnMarks(copy.current).find((d) => d.mark.start === mark.start);
      openAt(mark, drawn?.element ?? box);
    };
    track();
    document.addEventListener('selectionchange', track);
    box.addEventListener('selectionchange', track);
    box.addEventListener('focus', track);
    box.addEventListener('blur', track);
    box.addEventListener('contextmenu', onContextMenu);
    box.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('selectionchange', track);
      box.removeEventListener('selectionchange', track);
      box.removeEventListener('focus', track);
      box.removeEventListener('blur', track);
      box.removeEventListener('contextmenu', onContextMenu);
      box.removeEventListener('keydown', onKeyDown);
    };
  }, [on, field]);

  const close = () => {
    setMenu(null);
    field.current?.focus();
  };

  /** The suggestion typed over the word, so the field's own undo can take it back. */
  const pick = (suggestion: string) => {
    const box = field.current;
    if (!menu || !box) return;
    close();
    const { start, end, word } = menu.mark;
    // The text moved on since the menu opened: leave it be.
    if (box.value.slice(start, end) !== word) return;
    box.setSelectionRange(start, end);
    // execCommand is the one way to edit a field that keeps its native undo and fires 'input'.
    if (!document.execCommand('insertText', false, suggestion))
      onValue(box.value.slice(0, start) + suggestion + box.value.slice(end));
  };

  const ignore = () => {
    if (menu) story?.ignore(menu.mark.word);
    close();
  };
  const add = () => {
    if (menu) addToMyDictionary(spelling, menu.mark.word);
    close();
  };

  if (!on) return { marks: null, anchor: undefined };
  const marks = (
    <>
      <FieldMarks
        field={field}
        copy={copy}
        text={text}
        marks={shown}
        multiline={multiline}
        anchor={anchor}
        checked={checkedText === text}
      />
      {menu && (
        <SpellingMenu
          word={menu.mark.word}
          at={menu.at}
          language={language}
          placement={placement}
          onPick={pick}
          onAdd={add}
          onIgnore={ignore}
          onClose={close}
        />
      )}
    </>
  );
  return { marks, anchor };
}
