import { readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expectSaved, rowOf } from './drafting';
import { expect, test } from './fixtures';

const screensDir = path.resolve(import.meta.dirname, '../../test-results/screens');

const damages: Record<string, (file: string) => Promise<void>> = {
  truncated: async (f) => truncate(f, Math.floor((await stat(f)).size / 2)),
  'zero-filled': async (f) => writeFile(f, Buffer.alloc((await stat(f)).size)),
  garbled: async (f) => {
    const bytes = await readFile(f);
    for (let i = bytes.length - 30; i < bytes.length - 5; i++) bytes[i] ^= 0x5a;
    await writeFile(f, bytes);
  },
};

for (const [kind, damage] of Object.entries(damages)) {
  test(`a ${kind} draft file is recovered from its newest good revision, with a notice`, async ({ app }) => {
    const headline = `Xuồng ba lá trên sông Hậu (${kind})`;
    const { page } = app;
    await page.getByTestId('new-draft').click();
    await page.getByTestId('headline').click();
    await page.keyboard.insertText(headline);
    await page.getByTestId('body').click();
    await page.keyboard.insertText('Những chiếc xuồng ba lá vẫn gắn bó với người dân miền Tây.');
    await expectSaved(page);
    const id = decodeURIComponent(page.url().split('/').pop() ?? '');
    const folder = path.join(app.dataDir, 'drafts', id);
    let damaged: Buffer | null = null;

    const restarted = await app.crashAndRestart(async () => {
      await damage(path.join(folder, 'draft.nd'));
      damaged = await readFile(path.join(folder, 'draft.nd'));
    });
    await expect(rowOf(restarted, headline).getByTestId('recovered-badge')).toBeVisible();
    await expect(restarted.getByTestId('store-report')).toBeVisible();
    await restarted.getByTestId('store-report').screenshot({ path: path.join(screensDir, `store-report-${kind}.png`) });
    await rowOf(restarted, headline).click();
    await expect(restarted.getByTestId('recovery-notice')).toContainText(/Đã khôi phục từ phiên bản lưu lúc \d\d:\d\d/);
    await restarted
      .getByTestId('recovery-notice')
      .screenshot({ path: path.join(screensDir, `recovery-notice-${kind}.png`) });
    await expect(restarted.getByTestId('body')).toHaveText(
      'Những chiếc xuồng ba lá vẫn gắn bó với người dân miền Tây.',
    );
    // The damaged file is kept aside, byte for byte.
    const kept = await readdir(path.join(folder, 'damaged'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(folder, 'damaged', kept[0]))).toEqual(damaged);
  });
}

test('a draft saved by a newer Newsdesk is named in the start-up report, and its last readable version opens read-only', async ({
  app,
}) => {
  const headline = 'Mùa nước nổi ở Đồng Tháp';
  const { page } = app;
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.keyboard.insertText(headline);
  await page.getByTestId('body').click();
  await page.keyboard.insertText('Cá linh về theo con nước đầu mùa.');
  await expectSaved(page);
  const id = decodeURIComponent(page.url().split('/').pop() ?? '');
  const latest = path.join(app.dataDir, 'drafts', id, 'draft.nd');
  let before = '';

  const restarted = await app.crashAndRestart(async () => {
    before = (await readFile(latest, 'utf8')).replace(/"schemaVersion":\d+/, '"schemaVersion":9');
    await writeFile(latest, before);
  });
  const item = restarted.getByTestId('store-report-newer');
  await expect(item).toContainText(`“${headline}” được lưu bởi một phiên bản Newsdesk mới hơn`);
  await item.getByTestId('open-readable-version').click();
  await expect(item.getByTestId('readable-version')).toContainText('Cá linh về theo con nước đầu mùa.');
  await restarted.getByTestId('store-report').screenshot({ path: path.join(screensDir, 'store-report-newer-vi.png') });
  await restarted.getByTestId('language-switch').selectOption('en');
  await expect(item).toContainText(
    `“${headline}” was saved by a newer Newsdesk (draft format 9; this version reads up to 3)`,
  );
  await expect(item.getByTestId('readable-version')).toContainText('(read-only)');
  await restarted.getByTestId('store-report').screenshot({ path: path.join(screensDir, 'store-report-newer-en.png') });
  // Read-only means untouched: the newer draft's file is as the newer Newsdesk left it.
  expect(await readFile(latest, 'utf8')).toBe(before);
});
