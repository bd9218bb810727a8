import path from 'node:path';
import { countWords } from '../../shared/format/words';
import { photosDir } from '../support/reference';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

/**
 * One word count for the same version everywhere: the editor, History (and the checklist and the
 * exports) count the story's text; a photo's caption is not story text. The editor used to count
 * the caption and so did History's saved text, while the checklist and ninjs did not.
 */

const CAPTION = 'Cầu Cần Thơ lúc hoàng hôn nhìn từ bến Ninh Kiều';

test('a long story with a captioned photo: the editor and History give the same count, captions left out', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').fill('Mùa nước nổi về sớm ở miền Tây');
  const paragraphs = Array.from(
    { length: 24 },
    (_, i) =>
      `Đoạn ${i + 1}: mùa nước nổi năm nay về sớm hơn mọi năm, bà con ở An Giang và Đồng Tháp tranh thủ giăng lưới bắt cá linh non, hái bông điên điển mang ra chợ bán – giá 25.000 đồng/kg, cao hơn năm ngoái chừng 10%.`,
  );
  const expected = countWords(paragraphs.join('\n\n'));
  expect(expected).toBeGreaterThan(1000);
  await page.getByTestId('body').click();
  for (const [i, paragraph] of paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(paragraph);
  }
  await page.keyboard.press('ControlOrMeta+Home');

  await page.getByTestId('open-photos').click();
  await page.getByTestId('photo-file-input').setInputFiles(path.join(photosDir, 'Landscape_6.jpg'));
  await expect(page.getByTestId('photo-tile')).toHaveCount(1);
  await page.getByTestId('photo-tile').click();
  await page.getByTestId('photo-caption').fill(CAPTION);
  await page.getByTestId('photo-caption').blur();
  await expect(page.getByTestId('photo-save-status')).toHaveText(/Đã lưu/);
  await page.getByTestId('place-photo').click();
  await expect(page.getByTestId('body').getByTestId('node-caption')).toHaveValue(CAPTION);
  await page.getByTestId('close-photos').click();
  await expectSaved(page);

  await expect(page.getByTestId('word-count')).toHaveText(new RegExp(`^${expected} chữ · `));
  await page.getByTestId('open-history').click();
  const newest = page.getByTestId('history-panel').getByTestId('revision-item').first();
  await expect(newest.getByTestId('revision-words')).toHaveText(`${expected} từ`);
});
