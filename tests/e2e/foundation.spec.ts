import { readReferenceArticle } from '../support/reference';
import { expect, test } from './fixtures';

const reference = readReferenceArticle();
const headline =
  'Ban Dân vận Thành ủy Cần Thơ tổ chức họp mặt kỷ niệm 94 năm ngày truyền thống công tác dân vận của Đảng';
const firstParagraph = reference.paragraphs[0];

test('a Vietnamese draft survives closing and reopening, word for word', async ({ app }) => {
  const { page } = app;
  expect(firstParagraph).toMatch(/^\(NSMT\) - Được sự cho phép/);

  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.keyboard.type(headline);
  await page.getByTestId('body').click();
  await page.keyboard.type(firstParagraph);
  await expect(page.getByTestId('save-status')).toContainText(/Đã lưu|Saved/, { timeout: 15_000 });

  await page.reload();
  await page.goto(page.url().replace(/#.*$/, ''));
  const row = page.getByTestId('draft-row').filter({ hasText: headline });
  await expect(row).toHaveCount(1);
  await row.click();

  await expect(page.getByTestId('headline')).toHaveValue(headline);
  const typedHeadline = await page.getByTestId('headline').inputValue();
  const body = await page.getByTestId('body').innerText();
  expect(typedHeadline).toBe(headline.normalize('NFC'));
  expect(typedHeadline.normalize('NFC')).toBe(typedHeadline);
  expect(body.trim()).toBe(firstParagraph.normalize('NFC'));
});
