import { updateFeedProblem } from '../../../shared/contract/updateSettings';
import { installGate, type InstallDecision, type PendingWork } from './installGate';

/**
 * The part of electron-updater's AppUpdater this flow drives (structural: services never import
 * electron-* packages; main/app passes the real autoUpdater). Downloads are checked by the
 * library: the SHA-512 in the feed's latest.yml, the Windows publisher signature, and on macOS
 * Squirrel.Mac's own code-signature check.
 */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
}

export type UpdateState =
  | { kind: 'off' }
  | { kind: 'checking'; feedUrl: string }
  | { kind: 'downloaded'; version: string }
  | { kind: 'waiting'; version: string; decision: InstallDecision }
  | { kind: 'installing'; version: string };

/**
 * Updates from a feed the newsroom hosts: off until a feed is set, downloaded in the background,
 * installed only when the reporter agrees AND nothing is pending (installGate).
 */
export class UpdateFlow {
  private state: UpdateState = { kind: 'off' };

  constructor(
    private readonly updater: Updater,
    private readonly pendingWork: () => PendingWork,
  ) {
    // Installing on quit would skip the gate: the flow decides when.
    updater.autoInstallOnAppQuit = false;
    updater.autoDownload = true;
  }

  get current(): UpdateState {
    return this.state;
  }

  /** Looks for an update on the configured feed; null or an unusable address leaves updates off. */
  async check(feedUrl: string | null): Promise<UpdateState> {
    if (feedUrl === null || updateFeedProblem(feedUrl) !== undefined) return (this.state = { kind: 'off' });
    this.updater.setFeedURL({ provider: 'generic', url: feedUrl });
    this.state = { kind: 'checking', feedUrl };
    await this.updater.checkForUpdates();
    return this.state;
  }

  /** electron-updater's 'update-downloaded' (its checksum and signature checks passed). */
  downloaded(version: string): void {
    this.state = { kind: 'downloaded', version };
  }

  /** The reporter chose "Restart to update" (or the work they waited for settled): install if the gate allows. */
  installIfIdle(): UpdateState {
    if (this.state.kind !== 'downloaded' && this.state.kind !== 'waiting') return this.state;
    const { version } = this.state;
    const decision = installGate(this.pendingWork());
    if (!decision.install) return (this.state = { kind: 'waiting', version, decision });
    this.state = { kind: 'installing', version };
    this.updater.quitAndInstall(false, true);
    return this.state;
  }
}
