import { useEffect } from 'react';
import { useCommand } from '../commands/commandBus';
import { reportDraft } from '../commands/commandState';

export interface DraftCommandsDeps {
  /** The draft is finished: Send applies (the menu enables it, the keys reach it). */
  finished: boolean;
  saveNow(): void;
  togglePreview(): void;
  openFinish(): void;
  openSend(): void;
  openFind(): void;
}

/**
 * What the menu and the shortcuts do while a draft is open: save now, preview, Finish, Send (the
 * Sync panel, where the target is chosen), find and replace. Reports the draft to the menu.
 */
export function useDraftCommands(deps: DraftCommandsDeps): void {
  useCommand('saveNow', deps.saveNow);
  useCommand('preview', deps.togglePreview);
  useCommand('finish', deps.openFinish);
  useCommand('send', () => {
    if (deps.finished) deps.openSend();
  });
  useCommand('findInStory', deps.openFind);
  const { finished } = deps;
  useEffect(() => reportDraft({ draftOpen: true, finished }), [finished]);
  useEffect(() => () => reportDraft({ draftOpen: false, finished: false }), []);
}
