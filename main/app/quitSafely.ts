import { app, BrowserWindow, dialog } from 'electron';
import type { Language } from '../../shared/commands/words';
import type { Services } from '../services';
import type { AppModule } from './AppModule';
import { unsavedPromptWords } from './dialogs/dialogWords';
import { SendsInFlight } from './quit/sendsInFlight';
import { isAppWindow } from './window';

/** How long quitting waits for a send already on the wire; past it, the send resumes next start. */
const SEND_GRACE_MS = 20_000;

/**
 * Nothing is lost on quit: saveBeforeQuit has asked windows with unsaved text to save; one whose
 * text still could not be stored (its beforeunload handler objects) asks before closing, and the
 * app waits for sends on the wire (a bounded time), then for the drafts store's queue of saves
 * and the index flush (services.close), before it exits.
 */
export function quitSafely(
  services: () => Promise<Services>,
  options: {
    /** Shared with the updater, which must not install while a send is on the wire. */
    inFlight?: SendsInFlight;
    /** The UI language the window last reported: the prompt speaks it. */
    language: () => Language;
  },
): AppModule {
  const { inFlight = new SendsInFlight(), language } = options;
  return {
    init() {
      // Followed from the start, so a quit knows what is on the wire; the services exist by now.
      void services().then(
        (s) => s.bus.subscribe(inFlight.follow),
        () => {},
      );
      app.on('web-contents-created', (_event, contents) => {
        contents.on('will-prevent-unload', (event) => {
          if (!isAppWindow(contents)) return;
          const text = unsavedPromptWords(language());
          const window = BrowserWindow.fromWebContents(contents);
          const options = {
            type: 'warning' as const,
            message: text.message,
            detail: text.detail,
            buttons: text.buttons,
            defaultId: 0,
            cancelId: 0,
          };
          const choice = window ? dialog.showMessageBoxSync(window, options) : dialog.showMessageBoxSync(options);
          // preventDefault here overrides the page's objection: the window closes.
          if (choice === 1) event.preventDefault();
        });
      });
      let closed = false;
      app.on('will-quit', (event) => {
        if (closed) return;
        event.preventDefault();
        void inFlight
          .whenNone(SEND_GRACE_MS)
          .then(() => services())
          .then((s) => s.close())
          .catch((error: unknown) => console.error('[newsdesk] closing the store failed:', error))
          .finally(() => {
            closed = true;
            app.quit();
          });
      });
    },
  };
}
