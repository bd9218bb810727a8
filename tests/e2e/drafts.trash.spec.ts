import { backToList, rowOf, writeDraft } from './drafting';
import { expect, test } from './fixtures';

test('a deleted draft goes to the trash and comes back whole', async ({ app }) => {
  const { page } = app;
  const headline = 'Tin sẽ bị xoá rồi khôi phục';
  const body = 'Nội dung phải còn nguyên sau khi khôi phục từ thùng rác.';
  await writeDraft(page, headline, body);
  await backToList(page);

  await rowOf(page, headline).locator('..').getByTestId('trash-draft').click();
  await expect(page.getByTestId('undo-trash')).toBeVisible();
  await expect(rowOf(page, headline)).toHaveCount(0);

  await page.getByTestId('open-trash').click();
  const trashed = page.getByTestId('trash-row').filter({ hasText: headline });
  await expect(trashed).toContainText('Sẽ bị xoá hẳn vào');
  await trashed.getByTestId('restore-draft').click();
  await expect(page.getByTestId('restore-result')).toContainText(headline);
  await expect(trashed).toHaveCount(0);

  await page.getByTestId('back').click();
  await rowOf(page, headline).click();
  await expect(page.getByTestId('headline')).toHaveValue(headline);
  await expect(page.getByTestId('body')).toHaveText(body);
});

test('an Undo toast whose draft was restored from the trash screen goes, and never reports a false error', async ({
  app,
}) => {
  const { page } = app;
  // The page's clock is ours: the toast's own 10 s must not end it while a busy machine restores.
  await page.clock.install();
  const headline = 'Tin khôi phục từ thùng rác trước khi bấm Hoàn tác';
  await writeDraft(page, headline, 'Bản nháp sẽ được khôi phục ở màn hình thùng rác.');
  await backToList(page);

  await rowOf(page, headline).locator('..').getByTestId('trash-draft').click();
  await expect(page.getByTestId('undo-trash')).toBeVisible();
  await page.clock.pauseAt(Date.now() + 1_000);
  await page.getByTestId('open-trash').click();
  await page.getByTestId('trash-row').filter({ hasText: headline }).getByTestId('restore-draft').click();
  await expect(page.getByTestId('restore-result')).toContainText(headline);

  // The toast's Undo had nothing left to do: it is gone (it used to stay and answer with a 409).
  await expect(page.getByTestId('trash-toast')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.clock.resume();
  await page.getByTestId('back').click();
  await expect(rowOf(page, headline)).toHaveCount(1);
});
