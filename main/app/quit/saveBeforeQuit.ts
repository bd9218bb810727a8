import type { AppModule } from '../AppModule';
import type { Timers } from './settled';
import type { UnsavedWindows } from './unsavedWindows';

/** How long quitting waits for windows to store what was typed; past it, their own prompt asks. */
export const SAVE_GRACE_MS = 10_000;

export interface SaveBeforeQuitOptions {
  unsaved: UnsavedWindows;
  /** Asks one window to save what it holds now, as its Save command would. */
  askToSave: (windowId: number) => void;
  graceMs?: number;
  timers?: Timers;
}

/**
 * Quitting while a window still holds unsaved text first asks that window to save and waits
 * (a bounded time) for it to report that nothing is left, before any window closes. What still
 * could not be stored then meets the window's own objection and the "not saved yet" prompt.
 */
export function saveBeforeQuit({
  unsaved,
  askToSave,
  graceMs = SAVE_GRACE_MS,
  timers,
}: SaveBeforeQuitOptions): AppModule {
  return {
    init({ app }) {
      // 'through': the quit that follows the wait goes on, whatever is left (never asked twice).
      let phase: 'idle' | 'waiting' | 'through' = 'idle';
      app.on('before-quit', (event) => {
        if (phase === 'through') {
          phase = 'idle';
          return;
        }
        if (phase === 'waiting') return event.preventDefault();
        if (unsaved.count === 0) return;
        event.preventDefault();
        phase = 'waiting';
        for (const id of unsaved.ids) askToSave(id);
        void unsaved.whenNone(graceMs, timers).then(() => {
          phase = 'through';
          app.quit();
        });
      });
    },
  };
}
