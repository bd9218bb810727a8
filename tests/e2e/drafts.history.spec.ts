import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

test('restoring the oldest version brings its text back and keeps every version', async ({ app }) => {
  const { page } = app;
  const body = page.getByTestId('body');
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.keyboard.insertText('Lịch sử bản nháp');
  for (const words of ['một', ' hai', ' ba']) {
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(words);
    await expectSaved(page);
    // The draft opened again later: a new page types a version of its own (one page's typing in
    // a row is one version, see drafts.versions.spec).
    await page.reload();
    await expect(body).toContainText(words.trim());
  }
  await expect(body).toHaveText('một hai ba');

  await page.getByTestId('open-history').click();
  const panel = page.getByTestId('history-panel');
  const items = panel.getByTestId('revision-item');
  await expect(items.first()).toContainText('3 từ');
  const versions = await items.count();
  // Versions are newest first; the oldest one with text is the one-word version.
  await items
    .filter({ has: page.getByTestId('revision-words').getByText('1 từ', { exact: true }) })
    .last()
    .click();
  await expect(panel.getByTestId('revision-text')).toContainText('một');
  await expect(panel.getByTestId('revision-text')).not.toContainText('hai');
  await panel.getByTestId('restore-revision').click();

  await expect(body).toHaveText('một');
  await expect(page.getByTestId('headline')).toHaveValue('Lịch sử bản nháp');
  await expect(items).toHaveCount(versions + 1);
  await expect(items.first()).toContainText('1 từ');
  await expect(items.first()).toContainText('Hiện tại');
  await expect(items.filter({ hasText: '3 từ' })).toHaveCount(1);

  await page.reload();
  await expect(page.getByTestId('body')).toHaveText('một');
  await expect(page.getByTestId('save-status')).toHaveText(/^Đã lưu/);
});
