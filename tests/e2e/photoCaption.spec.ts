import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { articleFromDraft } from '../../shared/article/article';
import { DraftSchema } from '../../shared/article/draft';
import { articleToHtml } from '../../shared/export/html';
import { photosDir } from '../support/reference';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

/**
 * One caption, credit and alt text per photo: a correction at the photo desk reaches the placed
 * photo in the body, the preview and the export; words typed in the body reach the desk; a second
 * use of the photo may have its own caption, by choice, and go back to the photo's.
 */

const FIRST = 'Cầu Cần Thơ lúc hoàng hôn';
const FIXED = 'Cầu Cần Thơ lúc bình minh';
const CREDIT = 'Ảnh: Thảo Nguyên';

async function savedHtml(page: Page, dataDir: string): Promise<string> {
  const id = decodeURIComponent(page.url().split('/').pop() ?? '');
  const file = await readFile(path.join(dataDir, 'drafts', id, 'draft.nd'), 'utf8');
  const draft = DraftSchema.parse(JSON.parse(file.slice(file.indexOf('\n') + 1)));
  return articleToHtml(articleFromDraft(draft), { lead: false, byline: false });
}

/** Types into a desk field the way a photo editor does, and waits until the desk has stored it. */
async function typeAtDesk(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).fill(text);
  await page.getByTestId(testId).blur();
  await expect(page.getByTestId('photo-save-status')).toHaveText(/Đã lưu|Saved/);
}

test('a caption corrected at the desk changes in the body, the preview and the export; body edits reach the desk', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').fill('Cầu Cần Thơ');
  await page.getByTestId('body').click();
  await page.keyboard.insertText('Cây cầu dây văng nối hai bờ sông Hậu.');
  await page.getByTestId('open-photos').click();
  const desk = page.getByTestId('photo-desk');
  await desk.getByTestId('photo-file-input').setInputFiles(path.join(photosDir, 'Landscape_6.jpg'));
  await expect(desk.getByTestId('photo-tile')).toHaveCount(1, { timeout: 30_000 });
  await desk.getByTestId('photo-tile').click();
  await typeAtDesk(page, 'photo-caption', FIRST);
  await typeAtDesk(page, 'photo-credit', CREDIT);
  await page.getByTestId('place-photo').click();
  const figures = page.getByTestId('body').getByTestId('captioned-photo');
  await expect(figures.first().getByTestId('node-caption')).toHaveValue(FIRST);

  // The photo editor corrects the caption at the desk: the body follows.
  await typeAtDesk(page, 'photo-caption', FIXED);
  await expect(figures.first().getByTestId('node-caption')).toHaveValue(FIXED);
  await expectSaved(page);
  expect(await savedHtml(page, app.dataDir)).toContain(`<figcaption>${FIXED} <span class="credit">${CREDIT}</span>`);
  await page.getByTestId('open-preview').click();
  await expect(page.getByTestId('preview-body').locator('figcaption')).toContainText(FIXED);
  await page.getByTestId('preview-close').click();

  // The reporter fixes the credit in the body: the desk shows it.
  const credit = figures.first().getByTestId('node-credit');
  await credit.fill('Ảnh: Minh ');
  await credit.press('End');
  await page.keyboard.insertText('Khoa');
  await expect(page.getByTestId('photo-credit')).toHaveValue('Ảnh: Minh Khoa');
  await expectSaved(page);

  // Used twice, the second use gets a caption of its own, by choice.
  await page.getByTestId('place-photo').click();
  await expect(figures).toHaveCount(2);
  await expect(figures.nth(1).getByTestId('node-caption')).toHaveValue(FIXED);
  await figures.nth(1).getByTestId('node-own-words').click();
  await expect(figures.nth(1)).toHaveAttribute('data-own-words', 'true');
  await figures.nth(1).getByTestId('node-caption').fill('Toàn cảnh cầu Cần Thơ');
  await expect(figures.nth(0).getByTestId('node-caption')).toHaveValue(FIXED);
  await expect(page.getByTestId('photo-caption')).toHaveValue(FIXED);
  for (const lang of ['vi', 'en'] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    const shot = testInfo.outputPath(`photo-own-words-${lang}.png`);
    await figures.nth(1).screenshot({ path: shot });
    await testInfo.attach(`photo-own-words-${lang}.png`, { path: shot, contentType: 'image/png' });
  }
  await page.getByTestId('language-switch').selectOption('vi');
  await expectSaved(page);

  // After a reload: the desk's words in the shared use, the own words in the other, and a desk
  // edit still reaches only the shared one.
  await page.reload();
  await expect(figures.nth(0).getByTestId('node-caption')).toHaveValue(FIXED);
  await expect(figures.nth(0).getByTestId('node-credit')).toHaveValue('Ảnh: Minh Khoa');
  await expect(figures.nth(1).getByTestId('node-caption')).toHaveValue('Toàn cảnh cầu Cần Thơ');
  await page.getByTestId('open-photos').click();
  await page.getByTestId('photo-tile').click();
  await expect(page.getByTestId('photo-credit')).toHaveValue('Ảnh: Minh Khoa');
  await typeAtDesk(page, 'photo-caption', `${FIXED} năm 2024`);
  await expect(figures.nth(0).getByTestId('node-caption')).toHaveValue(`${FIXED} năm 2024`);
  await expect(figures.nth(1).getByTestId('node-caption')).toHaveValue('Toàn cảnh cầu Cần Thơ');
  await expectSaved(page);
  const html = await savedHtml(page, app.dataDir);
  expect(html).toContain(`${FIXED} năm 2024`);
  expect(html).toContain('Toàn cảnh cầu Cần Thơ');

  // The choice is reversible: back to the photo's caption.
  await figures.nth(1).getByTestId('node-shared-words').click();
  await expect(figures.nth(1).getByTestId('node-caption')).toHaveValue(`${FIXED} năm 2024`);
  await expect(figures.nth(1)).toHaveAttribute('data-own-words', 'false');
});
