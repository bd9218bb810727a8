import { EventEmitter } from 'node:events';
import type { App, MessageBoxSyncOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import en from '../../shared/i18n/locales/en.json';
import vi_ from '../../shared/i18n/locales/vi.json';
import type { Services } from '../services';

/* quitSafely with Electron's app, dialog and BrowserWindow replaced by recorders (no binary here). */
const electron = vi.hoisted(() => ({ asked: [] as MessageBoxSyncOptions[], answer: 0 }));
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  return {
    app: Object.assign(new Emitter(), { quit: () => {} }),
    BrowserWindow: { fromWebContents: () => null },
    dialog: {
      showMessageBoxSync: (options: MessageBoxSyncOptions) => {
        electron.asked.push(options);
        return electron.answer;
      },
    },
  };
});
vi.mock('./window', () => ({ isAppWindow: () => true }));

const { quitSafely } = await import('./quitSafely');
const app = (await import('electron')).app as unknown as App & EventEmitter;

/** A window whose page objects to closing (unsaved text); true when the close goes ahead. */
function closeObjectingWindow(): boolean {
  const contents = new EventEmitter();
  app.emit('web-contents-created', {}, contents);
  let overridden = false;
  contents.emit('will-prevent-unload', { preventDefault: () => (overridden = true) });
  return overridden;
}

describe('the "not saved yet" prompt', () => {
  it.each([
    ['vi', vi_],
    ['en', en],
  ] as const)('speaks the UI language the window reported (%s), from the locale', (language, words) => {
    app.removeAllListeners();
    electron.asked.length = 0;
    const services = () => new Promise<Services>(() => {}); // never needed before a quit
    void quitSafely(services, { language: () => language }).init({ app });
    electron.answer = 0;
    expect(closeObjectingWindow()).toBe(false); // "Keep Newsdesk open" (also Escape)
    electron.answer = 1;
    expect(closeObjectingWindow()).toBe(true); // "Close without saving"
    expect(electron.asked[0]).toMatchObject({
      message: words.quitting.unsavedMessage,
      detail: words.quitting.unsavedDetail,
      buttons: [words.quitting.keepOpen, words.quitting.closeAnyway],
      defaultId: 0,
      cancelId: 0,
    });
  });
});
