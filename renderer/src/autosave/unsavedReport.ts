/**
 * Tells main whether this window holds typed text no save has stored yet (app.unsavedText), on
 * every change: the desktop's updater waits while it does, and quitting asks the window to save
 * first. What was last told; null when unknown (nothing told yet, or the call failed), so the
 * next change is told again.
 */
let told: boolean | null = null;

export function reportUnsaved(unsaved: boolean, api = window.newsdesk.app): void {
  if (unsaved === told) return;
  told = unsaved;
  void api.unsavedText({ unsaved }).then(
    (result) => {
      if (!result.ok && told === unsaved) told = null;
    },
    () => {
      if (told === unsaved) told = null;
    },
  );
}
