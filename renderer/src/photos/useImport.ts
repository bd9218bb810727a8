import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { PhotoImportResult } from '../../../shared/article/photo';
import type { EventPayloadOf, PhotoErrorCode, PhotoErrorDetail } from '../../../shared/contract';
import { call } from '../api';
import { createBatcher } from './batcher';
import { PHOTO_BATCH_MS } from './usePhotos';

export interface ImportState {
  batchId: string;
  phase: 'staging' | 'importing' | 'done' | 'cancelled';
  /** Files handed to main so far (staging) or photos finished (importing). */
  done: number;
  total: number;
  /** One per file that did not make it. */
  errors: ImportError[];
}

/**
 * A file that did not make it: main's code and detail when the import refused it, or the failed
 * call (handing the file over, or the batch) — both worded by the UI, never main's English.
 */
export type ImportError =
  { name: string; code: PhotoErrorCode; detail?: PhotoErrorDetail } | { name: string; failure: unknown };

/** Files staged at once: enough to keep main busy, few enough that the window stays responsive. */
const STAGING_AT_ONCE = 2;

const baseName = (source: string) => source.split(/[\\/]/).pop() ?? source;
/** Stable per file and cause: a progress event and the final results report the same failure. */
export const importErrorKey = (e: ImportError) =>
  'code' in e ? `${e.name}:${e.code}:${JSON.stringify(e.detail ?? {})}` : `${e.name}:failed`;
const sameError = (a: ImportError, b: ImportError) => importErrorKey(a) === importErrorKey(b);

function resultError(result: PhotoImportResult): ImportError | undefined {
  if (result.ok || result.error.code === 'cancelled') return undefined;
  return { name: baseName(result.source), code: result.error.code, detail: result.error.detail };
}

type PhotoProgressEvent = EventPayloadOf<'photos.progress'>;

/**
 * The import's state after one progress event of its batch. Another batch's event, or one that
 * arrives (batched) after the import's own answer ended it, leaves it as it is: the answer's
 * counts are final ("5/200 — cancelled" stays so).
 */
export function withProgress(s: ImportState | null, event: PhotoProgressEvent): ImportState | null {
  if (!s || s.batchId !== event.batchId || s.phase === 'done' || s.phase === 'cancelled') return s;
  const error = resultError(event.result);
  return {
    ...s,
    phase: s.phase === 'staging' ? 'importing' : s.phase,
    done: Math.max(s.phase === 'staging' ? 0 : s.done, event.done),
    total: event.total,
    errors: error && !s.errors.some((e) => sameError(e, error)) ? [...s.errors, error] : s.errors,
  };
}

/** Picks up files, stages them two at a time, imports them as one batch and follows its progress. */
export function useImport(draftId: string) {
  const [state, setState] = useState<ImportState | null>(null);
  const cancelled = useRef<string | null>(null);
  const batch = useRef<string | null>(null);

  useEffect(() => {
    // Progress is background news: applied a few times a second, as a transition (see usePhotos).
    const events = createBatcher<PhotoProgressEvent>(PHOTO_BATCH_MS, (batched) =>
      startTransition(() => setState((s) => batched.reduce(withProgress, s))),
    );
    const off = window.newsdesk.photos.onProgress((event) => {
      if (event.draftId === draftId && event.batchId === batch.current) events.add(event);
    });
    return () => {
      off();
      events.cancel();
    };
  }, [draftId]);

  const start = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0 || batch.current) return;
      const batchId = crypto.randomUUID();
      batch.current = batchId;
      const errors: ImportError[] = [];
      const staged: { stagedId: string; name: string }[] = [];
      setState({ batchId, phase: 'staging', done: 0, total: files.length, errors: [] });
      let next = 0;
      const stageOne = async (): Promise<void> => {
        while (next < files.length && cancelled.current !== batchId) {
          const file = files[next++];
          try {
            // The File itself: the web bridge streams it as the request body and the preload reads
            // it off this thread, so the editor's frames never wait on a photo's bytes.
            const { stagedId } = await call(window.newsdesk.photos.stage({ draftId, name: file.name, data: file }));
            staged.push({ stagedId, name: file.name });
          } catch (error) {
            errors.push({ name: file.name, failure: error });
          }
          setState((s) => (s?.batchId === batchId ? { ...s, done: s.done + 1, errors: [...errors] } : s));
        }
      };
      try {
        await Promise.all(Array.from({ length: STAGING_AT_ONCE }, stageOne));
        if (cancelled.current === batchId || staged.length === 0) {
          setState((s) =>
            s?.batchId === batchId ? { ...s, phase: cancelled.current === batchId ? 'cancelled' : 'done', errors } : s,
          );
          return;
        }
        setState((s) => (s?.batchId === batchId ? { ...s, phase: 'importing', done: 0, total: staged.length } : s));
        const { results } = await call(window.newsdesk.photos.import({ draftId, batchId, files: staged }));
        const finalErrors = [...errors, ...results.map(resultError).filter((e): e is ImportError => e !== undefined)];
        const wasCancelled = results.some((r) => !r.ok && r.error.code === 'cancelled');
        setState((s) =>
          s?.batchId === batchId
            ? {
                ...s,
                phase: wasCancelled ? 'cancelled' : 'done',
                done: results.filter((r) => r.ok || r.error.code !== 'cancelled').length,
                total: results.length,
                errors: finalErrors,
              }
            : s,
        );
      } catch (error) {
        setState((s) =>
          s?.batchId === batchId ? { ...s, phase: 'done', errors: [...s.errors, { name: '', failure: error }] } : s,
        );
      } finally {
        batch.current = null;
      }
    },
    [draftId],
  );

  const cancel = useCallback(() => {
    const batchId = batch.current;
    if (!batchId) return;
    cancelled.current = batchId;
    void call(window.newsdesk.photos.cancel({ batchId })).catch((error: unknown) =>
      console.warn('[newsdesk] cancel failed', error),
    );
  }, []);

  const dismiss = useCallback(
    () => setState((s) => (s && (s.phase === 'done' || s.phase === 'cancelled') ? null : s)),
    [],
  );

  return { state, start, cancel, dismiss };
}
