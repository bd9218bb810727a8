import path from 'node:path';
import { photosDir } from '../support/reference';
import { backToList, expectSaved } from './drafting';
import { expect, test } from './fixtures';

/** Counts read in the UI language's plural forms: "1 photo", "2 photos"; Vietnamese has one form. */

test('English says "1 photo", "1 word", "1 result" and "2 photos"; Vietnamese "1 ảnh"', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').fill('Cầu Cần Thơ');
  await page.getByTestId('body').click();
  await page.keyboard.insertText('Cầu');
  await expectSaved(page);
  await page.getByTestId('open-photos').click();
  await page.getByTestId('photo-file-input').setInputFiles(path.join(photosDir, 'Landscape_6.jpg'));
  await expect(page.getByTestId('photo-tile')).toHaveCount(1);

  const desk = page.getByTestId('photo-desk');
  await expect(desk).toContainText('1 ảnh');
  await page.getByTestId('language-switch').selectOption('en');
  // It used to say "1 photos".
  await expect(desk.locator('.photo-count')).toHaveText('1 photo');
  await expect(page.getByTestId('word-count')).toHaveText('1 word · about 1 min to read');
  await page.getByTestId('photo-file-input').setInputFiles(path.join(photosDir, 'Portrait_5.jpg'));
  await expect(page.getByTestId('photo-tile')).toHaveCount(2);
  await expect(desk.locator('.photo-count')).toHaveText('2 photos');
  await page.getByTestId('body').click();
  await page.keyboard.insertText(' Cần Thơ');
  await expect(page.getByTestId('word-count')).toHaveText('3 words · about 1 min to read');

  await page.getByTestId('language-switch').selectOption('vi');
  await expectSaved(page);
  await backToList(page);
  await page.getByTestId('language-switch').selectOption('en');
  await page.getByTestId('draft-search').fill('can tho');
  await expect(page.getByTestId('result-count')).toHaveText('1 result');
});
