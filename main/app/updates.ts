import electronUpdater from 'electron-updater';
import log from 'electron-log/main';
import type { PendingWork } from '../services/updates/installGate';
import { UpdateFlow } from '../services/updates/UpdateFlow';
import type { AppModule } from './AppModule';

export interface UpdatesOptions {
  /** Settings → Updates; null (the default) keeps updates off: no request leaves. */
  feedUrl: () => Promise<string | null>;
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
      // Read once at start: a feed set in Settings is used from the next start on.
      void app
        .whenReady()
        .then(options.feedUrl)
        .then((feedUrl) => current.check(feedUrl))
        .catch((error: unknown) => console.warn('[newsdesk] update check:', error));
    },
  };
}
