import electronUpdater from 'electron-updater';
import log from 'electron-log/main';
import type { PendingWork } from '../services/updates/installGate';
import { UpdateFlow } from '../services/updates/UpdateFlow';
import { scheduleUpdateChecks } from '../services/updates/UpdateSchedule';
import type { AppModule } from './AppModule';

export interface UpdatesOptions {
  /** Settings → Updates; null (the default) keeps updates off: no request leaves. */
  feedUrl: () => Promise<string | null>;
  /** Calls the listener with the feed address whenever the settings change; returns how to stop. */
  watchFeed: (listener: (feedUrl: string | null) => void) => () => void;
  /** Saves, unsaved windows and sends right now (the same facts quitting waits for). */
  pendingWork: () => PendingWork;
  /** An update is downloaded and verified: the window may offer "Restart to update". */
  onDownloaded?: (version: string, flow: UpdateFlow) => void;
}

/**
 * electron-updater on the newsroom's own generic feed. Thin: the rules (off until configured,
 * https only, never while a save or send is pending) live in services/updates and are tested
 * there; the library checks the download's SHA-512 and the installer's signature.
 */
export function updates(options: UpdatesOptions): AppModule & { flow: () => UpdateFlow | null } {
  let flow: UpdateFlow | null = null;
  return {
    flow: () => flow,
    init({ app }) {
      if (!app.isPackaged) return; // a development build has no installer to replace
      const { autoUpdater } = electronUpdater;
      autoUpdater.logger = log;
      const current = new UpdateFlow(autoUpdater, options.pendingWork);
      flow = current;
      autoUpdater.on('update-downloaded', (info) => {
        current.downloaded(info.version);
        options.onDownloaded?.(info.version, current);
      });
      // An unreachable feed or a bad signature is logged; the app carries on as it is.
      autoUpdater.on('error', (error) => console.warn('[newsdesk] update:', error));
      // At start, when Settings → Updates changes, and every few hours (UpdateSchedule).
      void app.whenReady().then(() => {
        const schedule = scheduleUpdateChecks({
          flow: current,
          feedUrl: options.feedUrl,
          watchFeed: options.watchFeed,
          onError: (error) => console.warn('[newsdesk] update check:', error),
        });
        app.once('will-quit', () => schedule.stop());
      });
    },
  };
}
