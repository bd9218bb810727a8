import { app, BrowserWindow, dialog } from 'electron';
import type { Services } from '../services';
import type { AppModule } from './AppModule';
import { SendsInFlight } from './quit/sendsInFlight';
import { isAppWindow } from './window';

/** How long quitting waits for a send already on the wire; past it, the send resumes next start. */
const SEND_GRACE_MS = 20_000;

/** Main has no i18next; these two prompts follow the system language like the renderer's default. */
const words = (locale: string) =>
  locale.startsWith('en')
    ? {
        message: 'Some of your text is not saved yet.',
        detail: 'Newsdesk is still trying to save it. If you close now, the unsaved words are lost.',
        buttons: ['Keep Newsdesk open', 'Close without saving'],
      }
    : {
        message: 'Một phần bài viết chưa được lưu.',
        detail: 'Newsdesk vẫn đang thử lưu. Nếu đóng bây giờ, những chữ chưa lưu sẽ mất.',
        buttons: ['Giữ Newsdesk mở', 'Đóng mà không lưu'],
      };

/**
 * Nothing is lost on quit: a window whose renderer still holds unsaved text (its beforeunload
 * handler objects) asks before closing, and the app waits for sends on the wire (a bounded time),
 * then for in-flight saves and the index flush, before it exits.
 */
export function quitSafely(
  services: () => Promise<Services>,
  /** Shared with the updater, which must not install while a send is on the wire. */
  inFlight = new SendsInFlight(),
): AppModule {
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
          const text = words(app.getLocale());
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
