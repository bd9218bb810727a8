import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { photosDir } from '../support/reference';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

/**
 * Finishing is two steps: "Kiểm tra & hoàn tất" only opens the checklist; the story is marked
 * finished from there, by a button that is enabled once nothing blocks and that names the
 * warnings it acknowledges.
 */

const screens = path.resolve(import.meta.dirname, '../../test-results/screens');
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
  await expect(mark).toHaveText('Đã hoàn tất');
});

test('a blocker keeps the button disabled and it says so, not the warning; fixed, one click finishes', async ({
  app,
}) => {
  const { page } = app;
  await mkdir(screens, { recursive: true });
  await briefWithoutBlockers(page);
  await page.getByTestId('lead').fill('');
  await expectSaved(page);

  await page.getByTestId('finish').click();
  await expect(item(page, 'lead:required')).toHaveAttribute('data-severity', 'blocking');
  await expect(item(page, 'byline:missing')).toHaveAttribute('data-severity', 'warning');
  const mark = page.getByTestId('finish-mark');
  await expect(mark).toBeDisabled();
  // It read "Hoàn tất dù còn 1 điểm nên xem" (Finish with 1 warning) while it could not be pressed.
  await expect(mark).toHaveText('Còn 1 lỗi phải sửa trước khi hoàn tất');
  await expect(mark).toHaveAccessibleName('Còn 1 lỗi phải sửa trước khi hoàn tất');
  await page.getByTestId('finish-panel').screenshot({ path: path.join(screens, 'finish-blocked-vi.png') });
  await page.getByTestId('language-switch').selectOption('en');
  await expect(mark).toHaveText('1 problem to fix before Finish');
  await expect(mark).toHaveAccessibleName('1 problem to fix before Finish');
  await expect(mark).toBeDisabled();
  await page.getByTestId('finish-panel').screenshot({ path: path.join(screens, 'finish-blocked-en.png') });
  await page.getByTestId('language-switch').selectOption('vi');
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

test('the checklist summary is two sentences, each ended, in Vietnamese and English', async ({ app }) => {
  const { page } = app;
  await mkdir(screens, { recursive: true });
  // A "tin" with only a headline: blockers (dateline, lead, body…) and warnings (photos).
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').fill('Cần Thơ khai mạc hội chợ nông sản');
  await expectSaved(page);
  await page.getByTestId('finish').click();
  const summary = page.getByTestId('finish-summary');
  // It used to run on: "…trước khi hoàn tất 1 điểm nên xem lại (không chặn)".
  await expect(summary).toHaveText(/^Còn \d+ lỗi phải sửa trước khi hoàn tất\. \d+ điểm nên xem lại \(không chặn\)\.$/);
  // Several blockers: the disabled button counts them (a plural in English), never the warnings.
  const mark = page.getByTestId('finish-mark');
  const blockers = await page.locator('[data-testid="finish-item"][data-severity="blocking"]').count();
  expect(blockers).toBeGreaterThan(1);
  await expect(mark).toHaveAccessibleName(`Còn ${blockers} lỗi phải sửa trước khi hoàn tất`);
  await page.screenshot({ path: path.join(screens, 'finish-summary-vi.png') });
  await page.getByTestId('language-switch').selectOption('en');
  await expect(summary).toHaveText(
    /^\d+ problems to fix before finishing\. \d+ things? to look at \(does? not block\)\.$/,
  );
  await expect(mark).toHaveAccessibleName(`${blockers} problems to fix before Finish`);
  await expect(mark).toBeDisabled();
  await page.screenshot({ path: path.join(screens, 'finish-summary-en.png') });
});

test('"Photos: 0" while the desk holds an unplaced photo says so, and one click places it in the story', async ({
  app,
}) => {
  const { page } = app;
  await mkdir(screens, { recursive: true });
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').fill('Cầu Cần Thơ lúc hoàng hôn');
  await page.getByTestId('body').click();
  await page.keyboard.insertText('Cây cầu dây văng nối đôi bờ sông Hậu.');
  await page.getByTestId('open-photos').click();
  await page.getByTestId('photo-file-input').setInputFiles(path.join(photosDir, 'Landscape_6.jpg'));
  await expect(page.getByTestId('photo-tile')).toHaveCount(1);
  await page.getByTestId('close-photos').click();
  await expectSaved(page);

  await page.getByTestId('finish').click();
  const photos = item(page, 'photos:too_few');
  await expect(photos).toContainText('Ảnh: 0 trong bài, cần ít nhất 1; 1 ảnh trên bàn ảnh chưa được đặt vào bài');
  const place = photos.getByTestId('finish-place-photos');
  await expect(place).toHaveText('Đặt 1 ảnh vào bài');
  await page.screenshot({ path: path.join(screens, 'finish-unplaced-photo-vi.png') });
  await page.getByTestId('language-switch').selectOption('en');
  await expect(photos).toContainText('Photos: 0 in the story, at least 1; 1 photo on the desk is not placed yet');
  await expect(place).toHaveText('Place it in the story');
  await page.screenshot({ path: path.join(screens, 'finish-unplaced-photo-en.png') });
  await page.getByTestId('language-switch').selectOption('vi');

  await place.click();
  await expect(page.getByTestId('body').getByTestId('captioned-photo')).toHaveCount(1);
  await expect(photos).toHaveCount(0);
  await expectSaved(page);
});
