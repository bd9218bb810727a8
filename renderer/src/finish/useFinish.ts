import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../shared/article/article';
import type { DraftStatus } from '../../../shared/article/draft';
import { finishChecklist, isBlocking, type FinishItem, type Template } from '../../../shared/templates';
import { call } from '../api';

export type FinishPhase =
  { kind: 'idle' } | { kind: 'finishing' } | { kind: 'done' } | { kind: 'failed'; error: unknown };

export interface FinishDeps {
  id: string;
  initialStatus: DraftStatus;
  /** The article as the editor holds it now (read from refs at call time). */
  article: () => Article;
  template: Template | undefined;
  /** Saves what is pending; false when the text could not be saved. */
  flush: () => Promise<boolean>;
}

export interface Finish {
  status: DraftStatus;
  open: boolean;
  items: FinishItem[];
  phase: FinishPhase;
  /** Step one: saves what is pending and opens the checklist. Nothing is marked. */
  show(): Promise<void>;
  /**
   * Step two, from the open checklist: saves, checks again, and marks the draft finished unless
   * something blocks it. Warnings shown on the button are acknowledged by this click.
   */
  finish(): Promise<void>;
  close(): void;
  /** Call after every edit: an open checklist follows the text. */
  noteChange(): void;
}

/** How long typing pauses before an open checklist is recomputed (it reads the whole body). */
const RECHECK_MS = 350;

/** The Finish checklist of the open draft and its status (draft → finished → modified). */
export function useFinish({ id, initialStatus, article, template, flush }: FinishDeps): Finish {
  const [status, setStatus] = useState(initialStatus);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<FinishItem[]>([]);
  const [phase, setPhaseState] = useState<FinishPhase>({ kind: 'idle' });
  // Read on every keystroke (noteChange): a ref, so typing never re-renders the editor for it.
  const phaseRef = useRef<FinishPhase>(phase);
  const setPhase = useCallback((next: FinishPhase) => {
    phaseRef.current = next;
    setPhaseState(next);
  }, []);
  const openRef = useRef(false);
  const timer = useRef<number | undefined>(undefined);

  // Saves (ours or another window's) move the status: finished → modified on the first edit.
  useEffect(
    () =>
      window.newsdesk.drafts.onChanged(({ draft }) => {
        if (draft.id === id) setStatus(draft.status);
      }),
    [id],
  );

  const recheck = useCallback((): FinishItem[] => {
    const next = template ? finishChecklist(article(), template, new Date()) : [];
    setItems(next);
    return next;
  }, [article, template]);

  const show = useCallback(
    (next: boolean) => {
      openRef.current = next;
      setOpen(next);
      if (next) recheck();
    },
    [recheck],
  );
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const noteChange = useCallback(() => {
    if (phaseRef.current.kind === 'done' || phaseRef.current.kind === 'failed') setPhase({ kind: 'idle' });
    if (!openRef.current) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(recheck, RECHECK_MS);
  }, [recheck, setPhase]);

  const open_ = useCallback(async () => {
    show(true);
    // Checked against what is saved too (main checks the saved draft when finishing).
    await flush();
    recheck();
  }, [show, flush, recheck]);

  const finish = useCallback(async () => {
    openRef.current = true;
    setOpen(true);
    setPhase({ kind: 'finishing' });
    const saved = await flush();
    const found = recheck();
    if (!saved) {
      setPhase({ kind: 'failed', error: new Error('not saved') });
      return;
    }
    if (found.some(isBlocking)) {
      setPhase({ kind: 'idle' });
      return;
    }
    try {
      const { draft } = await call(window.newsdesk.drafts.finish({ id }));
      setStatus(draft.status);
      setPhase({ kind: 'done' });
    } catch (error) {
      setPhase({ kind: 'failed', error });
    }
  }, [flush, recheck, id, setPhase]);

  return {
    status,
    open,
    items,
    phase,
    show: open_,
    finish,
    close: useCallback(() => show(false), [show]),
    noteChange,
  };
}
