import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandState } from '../../../shared/commands/commands';
import { isLanguage } from '../../i18n';

/*
 * What the window shows, told to main (app.commandState) so the native menu speaks the UI's
 * language and enables Send only for a finished story. main answers whether a native menu
 * carries the shortcuts: then the page leaves the keys to it, so no command runs twice.
 */

type DraftFacts = Pick<CommandState, 'draftOpen' | 'finished'>;

let draft: DraftFacts = { draftOpen: false, finished: false };
const listeners = new Set<() => void>();

/** The open draft's facts; the editor reports them while it is mounted. */
export function reportDraft(next: DraftFacts): void {
  if (next.draftOpen === draft.draftOpen && next.finished === draft.finished) return;
  draft = next;
  for (const listener of listeners) listener();
}

let current: CommandState = { language: 'vi', ...draft };
/** The state as last reported: the keyboard handler enables what the menu enables. */
export const currentCommandState = (): CommandState => current;

/** null until main has answered once: the page does not guess who owns the keys. */
let nativeMenu: boolean | null = null;
export const hasNativeMenu = (): boolean | null => nativeMenu;

/** Reports every change of language or draft to main. */
export function useReportCommandState(): void {
  const { i18n } = useTranslation();
  const [facts, setFacts] = useState(draft);
  useEffect(() => {
    const update = () => setFacts(draft);
    listeners.add(update);
    return () => void listeners.delete(update);
  }, []);
  const language = isLanguage(i18n.language) ? i18n.language : 'vi';
  useEffect(() => {
    current = { language, ...facts };
    void window.newsdesk.app.commandState(current).then((result) => {
      if (!result.ok) return;
      nativeMenu = result.data.nativeMenu;
      // Who carries the shortcuts, for people inspecting the page and for tests to wait on.
      document.documentElement.dataset.shortcuts = nativeMenu ? 'menu' : 'page';
    });
  }, [language, facts]);
}
