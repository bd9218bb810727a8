import { describe, expect, it } from 'vitest';
import type { EventPayloadOf } from '../../../shared/contract';
import { withProgress, type ImportState } from './useImport';

const draftId = '00000000-0000-4000-8000-000000000001';
const batchId = 'batch-0001';
const event = (done: number, total = 200, batch = batchId): EventPayloadOf<'photos.progress'> => ({
  draftId,
  batchId: batch,
  done,
  total,
  failed: 0,
  result: { ok: false, source: `IMG_${done}.jpg`, error: { code: 'cancelled', message: 'Cancelled' } },
});
const state = (phase: ImportState['phase'], done: number): ImportState => ({
  batchId,
  phase,
  done,
  total: 200,
  errors: [],
});

describe("an import's progress, applied in batches", () => {
  it('moves a running import on; the first photo ends the staging phase', () => {
    expect(withProgress(state('staging', 200), event(1))).toMatchObject({ phase: 'importing', done: 1 });
    expect(withProgress(state('importing', 7), event(9))).toMatchObject({ phase: 'importing', done: 9 });
    expect(withProgress(state('importing', 9), event(8))).toMatchObject({ done: 9 }); // never backwards
  });

  it('an event that lands after the import ended changes nothing: "5/200 — cancelled" stays so', () => {
    const ended = state('cancelled', 5);
    expect(withProgress(ended, event(200))).toBe(ended);
    const done = state('done', 200);
    expect(withProgress(done, event(150))).toBe(done);
  });

  it("another batch's event leaves this one as it is", () => {
    const running = state('importing', 3);
    expect(withProgress(running, event(50, 60, 'batch-0002'))).toBe(running);
    expect(withProgress(null, event(1))).toBeNull();
  });
});
