import { useCallback, useEffect, useRef, useState } from 'react';
import type { PhotoErrorCode, PhotoImportResult } from '../../../shared/article/photo';
import { call } from '../api';
import { base64Of } from './base64';

export interface ImportState {
  batchId: string;
  phase: 'staging' | 'importing' | 'done' | 'cancelled';
  /** Files handed to main so far (staging) or photos finished (importing). */
  done: number;
  total: number;
  /** One per file that did not make it. */
  errors: ImportError[];
}

/** A file that did not make it: main's words (English) and, when main said why, its code. */
export interface ImportError {
  name: string;
  code?: PhotoErrorCode;
  message: string;
}

/** Files staged at once: enough to keep main busy, few enough that the window stays responsive. */
const STAGING_AT_ONCE = 2;

const baseName = (source: string) => source.split(/[\\/]/).pop() ?? source;
const sameError = (a: ImportError, b: ImportError) => a.name === b.name && a.message === b.message;

function resultError(result: PhotoImportResult): ImportError | undefined {
  if (result.ok || result.error.code === 'cancelled') return undefined;
  return { name: baseName(result.source), code: result.error.code, message: result.error.message };
}

/** Picks up files, stages them two at a time, imports them as one batch and follows its progress. */
export function useImport(draftId: string) {
  const [state, setState] = useState<ImportState | null>(null);
  const cancelled = useRef<string | null>(null);
  const batch = useRef<string | null>(null);

  useEffect(
    () =>
      window.newsdesk.photos.onProgress((event) => {
        if (event.draftId !== draftId || event.batchId !== batch.current) return;
        const error = resultError(event.result);
        setState((s) =>
          s && s.batchId === event.batchId
            ? {
                ...s,
                phase: s.phase === 'staging' ? 'importing' : s.phase,
                done: Math.max(s.phase === 'staging' ? 0 : s.done, event.done),
                total: event.total,
                errors: error && !s.errors.some((e) => sameError(e, error)) ? [...s.errors, error] : s.errors,
              }
            : s,
        );
      }),
    [draftId],
  );

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
            const dataBase64 = await base64Of(new Uint8Array(await file.arrayBuffer()));
            const { stagedId } = await call(window.newsdesk.photos.stage({ draftId, name: file.name, dataBase64 }));
            staged.push({ stagedId, name: file.name });
          } catch (error) {
            errors.push({ name: file.name, message: error instanceof Error ? error.message : String(error) });
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
        const message = error instanceof Error ? error.message : String(error);
        setState((s) =>
          s?.batchId === batchId ? { ...s, phase: 'done', errors: [...s.errors, { name: '', message }] } : s,
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
