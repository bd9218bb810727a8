import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expectSaved } from './drafting';
import { canMountTinyDisk, expect, test } from './fixtures';

test.use({ tinyDiskKiB: 400 });

test('a full disk shows "Not saved — the disk is full", keeps the text, and the last good version stays on disk', async ({
  app,
}) => {
  test.skip(!canMountTinyDisk, 'needs root on Linux to mount a real 400 KiB tmpfs (CI runs as root)');
  const { page } = app;
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.keyboard.insertText('Triều cường dâng cao ở Cần Thơ');
  await page.getByTestId('body').click();
  await page.keyboard.insertText('Đoạn đầu đã lưu. ');
  await expectSaved(page);
  const id = decodeURIComponent(page.url().split('/').pop() ?? '');
  const latest = path.join(app.dataDir, 'drafts', id, 'draft.nd');
  const good = await readFile(latest);

  // ~300 KB more text: the draft and its revision copy no longer fit on the disk.
  await page.keyboard.insertText('Nước ngập sâu nhiều tuyến đường. '.repeat(9000));
  const status = page.getByTestId('save-status');
  await expect(status).toContainText('Chưa lưu — ổ đĩa đã đầy', { timeout: 20_000 });
  await expect(page.getByTestId('save-retry')).toBeVisible();
  // Nothing discarded: the text is still in the editor, the last good version untouched on disk.
  await expect(page.getByTestId('body')).toContainText('Nước ngập sâu nhiều tuyến đường.');
  expect(await readFile(latest)).toEqual(good);

  // Make the story short again: the next retry goes through.
  await page.getByTestId('body').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('Bản ngắn sau khi ổ đĩa đầy.');
  await expectSaved(page);
});
