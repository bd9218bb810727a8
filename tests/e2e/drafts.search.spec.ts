import { readReferenceArticle } from '../support/reference';
import { backToList, rowOf, writeDraft } from './drafting';
import { expect, test } from './fixtures';

const sampleHeadline =
  'Ban Dân vận Thành ủy Cần Thơ tổ chức họp mặt kỷ niệm 94 năm ngày truyền thống công tác dân vận của Đảng';
const otherHeadline = 'Giá lúa tăng mạnh ở Đồng Tháp';

test('search finds "Cần Thơ" from "can tho" and "CẦN THƠ", and nothing else', async ({ app }) => {
  const { page } = app;
  await writeDraft(page, sampleHeadline, readReferenceArticle().paragraphs[0]);
  await backToList(page);
  await writeDraft(page, otherHeadline, 'Nông dân phấn khởi vì giá lúa vụ thu đông tăng.');
  await backToList(page);
  await expect(page.getByTestId('draft-row')).toHaveCount(2);

  const search = page.getByTestId('draft-search');
  for (const query of ['can tho', 'CẦN THƠ']) {
    await search.fill('');
    await expect(page.getByTestId('draft-row')).toHaveCount(2);
    await search.fill(query);
    await expect(page.getByTestId('result-count')).toHaveText('1 kết quả');
    await expect(page.getByTestId('draft-row')).toHaveCount(1);
    await expect(rowOf(page, sampleHeadline)).toHaveCount(1);
  }

  await search.fill('không có bài nào như thế');
  await expect(page.getByTestId('no-results')).toBeVisible();
  await page.getByTestId('clear-filters').click();
  await expect(page.getByTestId('draft-row')).toHaveCount(2);
});
