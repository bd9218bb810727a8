import type { Page } from '@playwright/test';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

/**
 * The dateline typed as a reporter does: the place first (date and time fill in with now), then
 * the date day first and the time on the 24-hour clock, in separate typed fields; a later edit
 * changes only what is typed, also after a reload; a slip in the year is caught by Finish.
 */

/**
 * A day as the page's clock shows it (dd/mm/yyyy): the browser runs in the project's time zone
 * (Asia/Ho_Chi_Minh), not the test runner's, so from 17:00 UTC the page is already on tomorrow.
 */
const dayOnPage = (at: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: test.info().project.use.timezoneId,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(at);
const item = (page: Page, key: string) => page.locator(`[data-testid="finish-item"][data-key="${key}"]`);

/** Replaces a field's text by typing, as a reporter does (select all, type). */
async function retype(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test('place first, then 15/10/2024 and 16:41: kept as typed, edited part by part after a reload', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').fill('Họp mặt kỷ niệm ngày truyền thống công tác dân vận');

  await page.getByTestId('dateline-place').click();
  await page.keyboard.insertText('Cần Thơ');
  // The place filled the date and time in with now, on this clock, and shows the offset.
  await expect(page.getByTestId('dateline-date')).toHaveValue(dayOnPage(new Date()));
  await expect(page.getByTestId('dateline-time')).toHaveValue(/^\d\d:\d\d$/);
  await expect(page.getByTestId('dateline-offset')).toHaveText('UTC+07:00');

  await retype(page, 'dateline-date', '15/10/2024');
  await retype(page, 'dateline-time', '16:41');
  await page.getByTestId('lead').click();
  await expect(page.getByTestId('dateline-date')).toHaveValue('15/10/2024');
  await expect(page.getByTestId('dateline-time')).toHaveValue('16:41');
  await expect(page.getByTestId('dateline-preview')).toHaveText('Thứ ba, 15/10/2024, 16:41');
  // Typing the place again is no reason to fill anything in again.
  await retype(page, 'dateline-place', 'TP. Cần Thơ');
  await expect(page.getByTestId('dateline-preview')).toHaveText('Thứ ba, 15/10/2024, 16:41');
  await expectSaved(page);

  for (const lang of ['vi', 'en'] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    const shot = testInfo.outputPath(`dateline-${lang}.png`);
    await page.locator('fieldset.dateline').screenshot({ path: shot });
    await testInfo.attach(`dateline-${lang}.png`, { path: shot, contentType: 'image/png' });
  }
  await page.getByTestId('language-switch').selectOption('vi');

  await page.reload();
  await expect(page.getByTestId('dateline-date')).toHaveValue('15/10/2024');
  await expect(page.getByTestId('dateline-time')).toHaveValue('16:41');
  // A new hour, typed over the hour only: the date and the minutes stay.
  await page.getByTestId('dateline-time').click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('09');
  await expect(page.getByTestId('dateline-time')).toHaveValue('09:41');
  await expect(page.getByTestId('dateline-preview')).toHaveText('Thứ ba, 15/10/2024, 09:41');
  // Half a date is left as typed and said to be incomplete, never replaced by now.
  await retype(page, 'dateline-date', '16/10/20');
  await page.getByTestId('lead').click();
  await expect(page.getByTestId('dateline-problem')).toContainText('15/10/2024');
  await expect(page.getByTestId('dateline-date')).toHaveValue('16/10/20');
  await expect(page.getByTestId('dateline-preview')).toHaveText('Thứ ba, 15/10/2024, 09:41');
  await retype(page, 'dateline-date', '16.10.2024');
  await retype(page, 'dateline-time', '7h05');
  await page.getByTestId('lead').click();
  await expect(page.getByTestId('dateline-problem')).toHaveCount(0);
  await expect(page.getByTestId('dateline-time')).toHaveValue('07:05');
  await expect(page.getByTestId('dateline-preview')).toHaveText('Thứ tư, 16/10/2024, 07:05');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByTestId('dateline-preview')).toHaveText('Thứ tư, 16/10/2024, 07:05');

  // "Now" is one click, on this clock.
  await page.getByTestId('dateline-now').click();
  await expect(page.getByTestId('dateline-date')).toHaveValue(dayOnPage(new Date()));
});

test('a slip in the year ("15/10/0441") and a dateline days before the story are caught by Finish', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').fill('Họp mặt');
  await page.getByTestId('dateline-place').click();
  await page.keyboard.insertText('Cần Thơ');
  await retype(page, 'dateline-date', '15/10/0441');
  await expect(page.getByTestId('dateline-preview')).toHaveText(/15\/10\/0441/);
  await page.getByTestId('finish').click();
  await expect(item(page, 'dateline:dateline_year')).toHaveText(/năm 0441 có vẻ gõ nhầm/);
  await expect(item(page, 'dateline:dateline_year')).toHaveAttribute('data-severity', 'warning');
  // Clicking the line takes the reporter to the dateline.
  await item(page, 'dateline:dateline_year').click();

  await retype(page, 'dateline-date', dayOnPage(new Date(Date.now() - 7 * 24 * 3600 * 1000)));
  await expect(item(page, 'dateline:dateline_year')).toHaveCount(0);
  await expect(item(page, 'dateline:dateline_before_creation')).toHaveText(/sớm hơn lúc bắt đầu viết bài 7 ngày/);
  await page.getByTestId('dateline-now').click();
  await expect(page.locator('[data-testid="finish-item"][data-key^="dateline:dateline_"]')).toHaveCount(0);
  await page.getByTestId('language-switch').selectOption('en');
  await retype(page, 'dateline-date', '15/10/0441');
  await expect(item(page, 'dateline:dateline_year')).toHaveText(/the year 0441 looks like a slip/);
  await page.getByTestId('language-switch').selectOption('vi');
});
