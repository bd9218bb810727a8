/** What is still on its way somewhere when an update could be installed. */
export interface PendingWork {
  /** Saves of draft files not yet on disk (the drafts store's queue). */
  savesInFlight: number;
  /** Windows whose editor holds words not yet handed to a save. */
  unsavedWindows: number;
  /** Stories on the wire to a CMS (a send interrupted now would be resumed, but not silently). */
  sendsInFlight: number;
}

export type WaitingFor = 'saves' | 'unsaved_text' | 'sends';

export type InstallDecision = { install: true } | { install: false; waitFor: WaitingFor[] };

/**
 * Whether a downloaded update may be installed now. Installing restarts the app, so it waits
 * while any save or send is pending; the caller asks again when that work settles. Pure, so the
 * rule is tested without Electron.
 */
export function installGate(pending: PendingWork): InstallDecision {
  const waitFor: WaitingFor[] = [];
  if (pending.savesInFlight > 0) waitFor.push('saves');
  if (pending.unsavedWindows > 0) waitFor.push('unsaved_text');
  if (pending.sendsInFlight > 0) waitFor.push('sends');
  return waitFor.length === 0 ? { install: true } : { install: false, waitFor };
}
