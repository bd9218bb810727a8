import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { StoryLanguage } from '../../../shared/text/spelling/speller';
import type { TonePlacement } from '../../../shared/text/telex/placement';
import { spellClient } from './spellClient';

export interface SpellingMenuProps {
  word: string;
  /** Where it opens: the pointer, or under the word for the keyboard. */
  at: { x: number; y: number };
  language: StoryLanguage;
  placement: TonePlacement;
  onPick: (suggestion: string) => void;
  onAdd: () => void;
  onIgnore: () => void;
  onClose: () => void;
}

/**
 * The menu on a marked word: the checker's suggestions, then "Add to my dictionary" and
 * "Ignore in this story". Arrow keys move, Enter picks, Escape closes and gives the text back
 * its caret (the editor refocuses in onClose).
 */
export function SpellingMenu({ word, at, language, placement, onPick, onAdd, onIgnore, onClose }: SpellingMenuProps) {
  const { t } = useTranslation();
  const [suggestions, setSuggestions] = useState<string[] | null>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    spellClient
      .suggest(language, word, placement)
      .then((words) => live && setSuggestions(words))
      .catch((error: unknown) => {
        console.warn('[newsdesk] no suggestions', error);
        if (live) setSuggestions([]);
      });
    return () => {
      live = false;
    };
  }, [word, language, placement]);

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [suggestions]);

  useEffect(() => {
    const away = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', away, true);
    return () => document.removeEventListener('mousedown', away, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const now = items.indexOf(document.activeElement as HTMLElement);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step) {
      event.preventDefault();
      items[(now + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
    }
  };

  const left = Math.min(at.x, window.innerWidth - 280);
  const top = Math.min(at.y, window.innerHeight - 260);
  return createPortal(
    <div
      ref={menu}
      className="spelling-menu"
      role="menu"
      aria-label={t('spelling.menu', { word })}
      data-testid="spelling-menu"
      style={{ left, top }}
      onKeyDown={onKeyDown}
    >
      {suggestions === null && <p className="spelling-menu-note">{t('spelling.looking')}</p>}
      {suggestions?.length === 0 && <p className="spelling-menu-note">{t('spelling.none')}</p>}
      {suggestions?.map((suggestion) => (
        <button
          key={suggestion}
          type="button"
          role="menuitem"
          className="spelling-menu-item spelling-suggestion"
          data-testid="spelling-suggestion"
          onClick={() => onPick(suggestion)}
        >
          {suggestion}
        </button>
      ))}
      <hr className="spelling-menu-rule" />
      <button type="button" role="menuitem" className="spelling-menu-item" data-testid="spelling-add" onClick={onAdd}>
        {t('spelling.add')}
      </button>
      <button
        type="button"
        role="menuitem"
        className="spelling-menu-item"
        data-testid="spelling-ignore"
        onClick={onIgnore}
      >
        {t('spelling.ignore')}
      </button>
    </div>,
    document.body,
  );
}
