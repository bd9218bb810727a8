import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/contract';
import { reportUnsaved } from './unsavedReport';

/** window.newsdesk.app as far as the report goes: records each call, answers as told. */
function fakeApp(answer: () => Promise<ApiResult<object>>) {
  const told: boolean[] = [];
  return {
    told,
    api: {
      unsavedText: ({ unsaved }: { unsaved: boolean }) => {
        told.push(unsaved);
        return answer();
      },
    } as unknown as typeof window.newsdesk.app,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('reportUnsaved', () => {
  it('tells main each change once, not every keystroke', async () => {
    const { told, api } = fakeApp(async () => ({ ok: true, data: {} }));
    for (const unsaved of [true, true, true, false, false, true]) reportUnsaved(unsaved, api);
    await settle();
    expect(told).toEqual([true, false, true]);
    reportUnsaved(false, api);
    await settle();
  });

  it('tells again after a call that failed, so main is not left believing the old state', async () => {
    let fail = true;
    const { told, api } = fakeApp(async () =>
      fail ? { ok: false, error: { code: 'unreachable', message: 'down' } } : { ok: true, data: {} },
    );
    reportUnsaved(true, api);
    await settle();
    fail = false;
    reportUnsaved(true, api);
    await settle();
    expect(told).toEqual([true, true]);
  });
});
