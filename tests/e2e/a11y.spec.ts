import path from 'node:path';
import { photosDir } from '../support/reference';
import { expectNoAxeViolations, useLanguage } from './a11y';
import { backToList, expectSaved, rowOf, writeDraft } from './drafting';
import { expect, test } from './fixtures';

const HEADLINE = 'Thủy điện Hòa Bình xả lũ';
const BODY = 'Sáng 14/10, Công ty Thủy điện Hòa Bình mở thêm một cửa xả đáy.';
const TRASHED = 'Bài cũ đã bỏ';

for (const language of ['vi', 'en'] as const) {
  test(`axe finds no WCAG 2 A/AA violation on any main screen (${language})`, async ({ app }, testInfo) => {
    test.setTimeout(120_000);
    const { page } = app;
    await writeDraft(page, TRASHED, 'Không dùng nữa.');
    await backToList(page);
    await rowOf(page, TRASHED).locator('..').getByTestId('trash-draft').click();
    await expect(page.getByTestId('undo-trash')).toBeVisible();
    await writeDraft(page, HEADLINE, BODY);
    await page.getByTestId('lead').click();
    await page.keyboard.insertText('Mực nước hồ dâng cao sau mưa lớn.');
    await expectSaved(page);
    // Written in Vietnamese (the save-status checks read Vietnamese), looked at in both.
    await useLanguage(page, language);

    // The editor with each side panel open.
    await page.getByTestId('open-photos').click();
    const desk = page.getByTestId('photo-desk');
    await desk.getByTestId('photo-file-input').setInputFiles(path.join(photosDir, 'Landscape_6.jpg'));
    await expect(desk.getByTestId('photo-tile')).toHaveCount(1, { timeout: 30_000 });
    await expect(desk.locator('[data-testid="photo-tile"] img')).toBeVisible();
    await desk.getByTestId('photo-tile').click();
    await expect(page.getByTestId('photo-caption')).toBeVisible();
    await expectNoAxeViolations(page, `photo desk (${language})`, testInfo);
    // Screen readers read the story's fields in the story's language, the rest in the UI's.
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const field of ['headline', 'lead', 'body', 'photo-caption', 'photo-credit', 'photo-alt'])
      expect(await page.getByTestId(field).evaluate((el) => el.closest('[lang]')?.getAttribute('lang')), field).toBe(
        'vi',
      );

    await page.getByTestId('finish').click();
    await expect(page.getByTestId('finish-panel')).toBeVisible();
    await expectNoAxeViolations(page, `finish (${language})`, testInfo);

    await page.getByTestId('open-history').click();
    await expect(page.getByTestId('history-panel')).toBeVisible();
    await expectNoAxeViolations(page, `history (${language})`, testInfo);

    await page.getByTestId('open-sync').click();
    await expect(page.getByTestId('sync-panel')).toBeVisible();
    await expectNoAxeViolations(page, `send (${language})`, testInfo);

    await page.getByTestId('open-preview').click();
    await expect(page.getByTestId('preview')).toBeVisible();
    await expectNoAxeViolations(page, `preview (${language})`, testInfo);

    await backToList(page);
    await expect(rowOf(page, HEADLINE)).toHaveCount(1);
    await expectNoAxeViolations(page, `drafts list (${language})`, testInfo);

    await page.getByTestId('open-trash').click();
    await expect(page.getByTestId('trash-row')).toHaveCount(1);
    await expectNoAxeViolations(page, `trash (${language})`, testInfo);

    await page.getByTestId('open-settings').click();
    await expect(page.getByTestId('add-code')).toBeVisible();
    await expectNoAxeViolations(page, `settings (${language})`, testInfo);
  });
}
