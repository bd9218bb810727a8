import { useSyncExternalStore } from 'react';
import type { DraftListItem } from '../../../shared/article/draft';
import { ApiCallError, call } from '../api';

/** What the toast under the masthead says after a draft went to the trash (or did not). */
export type TrashToast =
  | { kind: 'moved'; id: string; headline: string }
  | { kind: 'trashFailed'; error: unknown }
  | { kind: 'undoFailed'; error: unknown };

/*
 * Module state, not component state: deleting from the editor goes back to the list, and the
 * toast with its Undo must survive that change of screen.
 */
let current: TrashToast | null = null;
const listeners = new Set<() => void>();
const restoredListeners = new Set<(draft: DraftListItem) => void>();

/**
 * Tells the list a draft came back by Undo. The store's drafts.changed event is not relied on
 * for this: it is not sent for a draft restored from the trash.
 */
export function onUndone(listener: (draft: DraftListItem) => void): () => void {
  restoredListeners.add(listener);
  return () => restoredListeners.delete(listener);
}

function show(toast: TrashToast | null): void {
  current = toast;
  for (const listener of listeners) listener();
}

export function useTrashToast(): TrashToast | null {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => current,
  );
}

export function dismissTrashToast(): void {
  show(null);
}

/**
 * The draft the toast offers to bring back is back already (restored from the trash screen, or
 * by another window): its Undo has nothing left to do, so the toast goes rather than stay there
 * to fail when clicked.
 */
export function forgetTrashToastOf(id: string): void {
  if (current?.kind === 'moved' && current.id === id) show(null);
}

/**
 * Moves a draft to the trash at once (no "are you sure?": the toast offers Undo instead).
 * Resolves to false, with the failure shown in the toast, when it did not happen.
 */
export async function moveToTrash(draft: { id: string; headline: string }): Promise<boolean> {
  try {
    await call(window.newsdesk.drafts.trash({ id: draft.id }));
  } catch (error) {
    show({ kind: 'trashFailed', error });
    return false;
  }
  show({ kind: 'moved', id: draft.id, headline: draft.headline });
  return true;
}

/** Takes the draft the toast is about back out of the trash. */
export async function undoTrash(): Promise<DraftListItem | null> {
  if (current?.kind !== 'moved') return null;
  const { id } = current;
  try {
    const { draft } = await call(window.newsdesk.drafts.restoreFromTrash({ id }));
    show(null);
    for (const listener of restoredListeners) listener(draft);
    return draft;
  } catch (error) {
    // "A draft with this id exists": it came back another way between the toast and the click;
    // what the reporter asked for is done, so that is no failure to report.
    if (error instanceof ApiCallError && error.code === 'conflict') show(null);
    else show({ kind: 'undoFailed', error });
    return null;
  }
}
