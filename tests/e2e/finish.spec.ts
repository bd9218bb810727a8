import type { Page } from '@playwright/test';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

/**
 * Finishing is two steps: "Kiểm tra & hoàn tất" only opens the checklist; the story is marked
 * finished from there, by a button that is enabled once nothing blocks and that names the
 * warnings it acknowledges.
 */

const item = (page: Page, key: string) => page.locator(`[data-testid="finish-item"][data-key="${key}"]`);

/** A "Tin vắn" with headline, dateline (place typed first, the time filled in) and lead: nothing blocks. */
async function briefWithoutBlockers(page: Page): Promise<void> {
  await page.getByTestId('new-draft-template').selectOption('tin-van');
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.keyboard.insertText('Cần Thơ khai mạc hội chợ nông sản');
  await page.getByTestId('dateline-place').click();
  await page.keyboard.insertText('Cần Thơ');
  await page.getByTestId('lead').click();
  await page.keyboard.insertText('Sáng 16/11, hội chợ nông sản mở cửa tại bến Ninh Kiều.');
  await expectSaved(page);
}

test('opening the checklist never finishes; "Finish with 1 warning" acknowledges it in one click', async ({ app }) => {
  const { page } = app;
  await briefWithoutBlockers(page);

  await page.getByTestId('finish').click();
  await expect(page.getByTestId('finish-panel')).toBeVisible();
  await expect(item(page, 'byline:missing')).toHaveAttribute('data-severity', 'warning');
  // Step one only shows: the story is still a draft, whatever the warnings.
  await expect(page.getByTestId('draft-status')).toHaveText('Nháp');
  const mark = page.getByTestId('finish-mark');
  await expect(page.getByTestId('finish-item')).toHaveCount(1);
  await expect(mark).toBeEnabled();
  await expect(mark).toHaveText('Hoàn tất dù còn 1 điểm nên xem');
  await page.getByTestId('language-switch').selectOption('en');
  await expect(mark).toHaveText('Finish with 1 warning');
  await page.getByTestId('language-switch').selectOption('vi');

  await mark.click();
  await expect(page.getByTestId('draft-status')).toHaveText('Hoàn tất');
  await expect(page.getByTestId('finish-done')).toBeVisible();
  await expect(mark).toBeDisabled();
});

test('a blocker keeps "Đánh dấu hoàn tất" disabled; fixed, with no warnings, one click finishes', async ({ app }) => {
  const { page } = app;
  await briefWithoutBlockers(page);
  await page.getByTestId('lead').fill('');
  await expectSaved(page);

  await page.getByTestId('finish').click();
  await expect(item(page, 'lead:required')).toHaveAttribute('data-severity', 'blocking');
  await expect(page.getByTestId('finish-mark')).toBeDisabled();
  await expect(page.getByTestId('draft-status')).toHaveText('Nháp');

  await page.getByTestId('lead').click();
  await page.keyboard.insertText('Sáng 16/11, hội chợ nông sản mở cửa tại bến Ninh Kiều.');
  await page.getByTestId('body').click();
  await page.keyboard.insertText('Hơn 200 gian hàng của 13 tỉnh, thành Đồng bằng sông Cửu Long.');
  await page.getByTestId('byline-input').first().click();
  await page.keyboard.insertText('Thảo Nguyên');
  await expect(page.getByTestId('finish-item')).toHaveCount(0);
  await expect(page.getByTestId('finish-mark')).toHaveText('Đánh dấu hoàn tất');
  await expect(page.getByTestId('draft-status')).toHaveText('Nháp');
  await page.getByTestId('finish-mark').click();
  await expect(page.getByTestId('draft-status')).toHaveText('Hoàn tất');
});
