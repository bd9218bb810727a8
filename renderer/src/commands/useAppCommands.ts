import { useCallback, useState } from 'react';
import { call } from '../api';
import { navigate } from '../route';
import { deferCommand, useCommand } from './commandBus';

/**
 * The commands any screen can take: a new draft (the list's own button wins while it is shown,
 * with its chosen template), going to the list's search, Settings, About.
 */
export function useAppCommands() {
  const [aboutOpen, setAboutOpen] = useState(false);
  useCommand('newDraft', () => {
    void call(window.newsdesk.drafts.create({ template: 'tin' })).then(
      ({ draft }) => navigate({ screen: 'draft', id: draft.id }),
      (error: unknown) => console.error('[newsdesk] new draft failed', error),
    );
  });
  useCommand('searchDrafts', () => {
    navigate({ screen: 'drafts' });
    deferCommand('searchDrafts'); // the list focuses its search box once it is there
  });
  useCommand('settings', () => navigate({ screen: 'settings' }));
  useCommand('about', () => setAboutOpen(true));
  const closeAbout = useCallback(() => setAboutOpen(false), []);
  return { aboutOpen, closeAbout, openAbout: useCallback(() => setAboutOpen(true), []) };
}
