import path from 'node:path';
import { photosDir } from '../support/reference';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

/**
 * A misspelt name fixed in one go: Ctrl+H opens find and replace; "nguyen van hieu" finds it in
 * the headline, the lead, the body and a photo caption whatever marks were typed; Replace all
 * fixes every one; one undo in the body takes the body's replacements back.
 */

const RIGHT = 'Nguyễn Văn Hiếu';

test('fix a misspelt name across headline, lead, body and a caption, diacritics ignored', async ({ app }, testInfo) => {
  const { page } = app;
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').fill('Ông Nguyen Van Hieu thăm chợ nổi');
  await page.getByTestId('lead').fill('Sáng nay, ông Nguyễn Văn Hiêu đến Cái Răng.');
  await page.getByTestId('body').click();
  await page.keyboard.insertText('Ông nguyễn văn hiếu hỏi thăm bà con.');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Người dân chào đón ông Nguyen Văn Hieu.');
  await page.getByTestId('open-photos').click();
  const desk = page.getByTestId('photo-desk');
  await desk.getByTestId('photo-file-input').setInputFiles(path.join(photosDir, 'Landscape_6.jpg'));
  await expect(desk.getByTestId('photo-tile')).toHaveCount(1, { timeout: 30_000 });
  await desk.getByTestId('photo-tile').click();
  await page.getByTestId('photo-caption').fill('Ông Nguyen Van Hieu tại chợ nổi');
  await page.getByTestId('photo-caption').blur();
  await expect(page.getByTestId('photo-save-status')).toHaveText(/Đã lưu|Saved/);
  await page.getByTestId('place-photo').click();
  await page.getByTestId('close-photos').click();
  await expectSaved(page);

  await page.getByTestId('body').click();
  await page.keyboard.press('ControlOrMeta+H');
  const find = page.getByTestId('find-replace');
  await expect(find).toBeVisible();
  await expect(page.getByTestId('find-query')).toBeFocused();
  await page.keyboard.insertText('nguyen van hieu');
  await expect(page.getByTestId('find-count')).toHaveText('5 kết quả: tiêu đề, sapo, nội dung (2), chú thích ảnh');
  // With marks respected, only the spellings without any are found; with case too, none.
  await page.getByTestId('find-ignore-diacritics').uncheck();
  await expect(page.getByTestId('find-count')).toHaveText('2 kết quả: tiêu đề, chú thích ảnh');
  await page.getByTestId('find-match-case').check();
  await expect(page.getByTestId('find-count')).toHaveText('Không tìm thấy');
  await page.getByTestId('find-match-case').uncheck();
  await page.getByTestId('find-ignore-diacritics').check();
  await page.getByTestId('find-replacement').fill(RIGHT);
  for (const lang of ['vi', 'en'] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    const shot = testInfo.outputPath(`find-replace-${lang}.png`);
    await find.screenshot({ path: shot });
    await testInfo.attach(`find-replace-${lang}.png`, { path: shot, contentType: 'image/png' });
  }
  await page.getByTestId('language-switch').selectOption('vi');

  await page.getByTestId('find-replace-all').click();
  await expect(page.getByTestId('find-count')).toHaveText('Đã thay 5 chỗ');
  await expect(page.getByTestId('headline')).toHaveValue(`Ông ${RIGHT} thăm chợ nổi`);
  await expect(page.getByTestId('lead')).toHaveValue(`Sáng nay, ông ${RIGHT} đến Cái Răng.`);
  const body = page.getByTestId('body');
  await expect(body.locator('p').first()).toHaveText(`Ông ${RIGHT} hỏi thăm bà con.`);
  await expect(body.locator('p').nth(1)).toHaveText(`Người dân chào đón ông ${RIGHT}.`);
  await expect(body.getByTestId('node-caption')).toHaveValue(`Ông ${RIGHT} tại chợ nổi`);
  await page.getByTestId('open-photos').click();
  await page.getByTestId('photo-tile').click();
  await expect(page.getByTestId('photo-caption')).toHaveValue(`Ông ${RIGHT} tại chợ nổi`);
  await page.getByTestId('close-photos').click();

  // Undo in the body takes back the body's replacements as one step.
  await body.locator('p').first().click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(body.locator('p').first()).toHaveText('Ông nguyễn văn hiếu hỏi thăm bà con.');
  await expect(body.locator('p').nth(1)).toHaveText('Người dân chào đón ông Nguyen Văn Hieu.');
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(body.locator('p').nth(1)).toHaveText(`Người dân chào đón ông ${RIGHT}.`);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByTestId('headline')).toHaveValue(`Ông ${RIGHT} thăm chợ nổi`);
  await expect(page.getByTestId('body').locator('p').nth(1)).toHaveText(`Người dân chào đón ông ${RIGHT}.`);
});
