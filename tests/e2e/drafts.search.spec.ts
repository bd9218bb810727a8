import { readReferenceArticle } from '../support/reference';
import { backToList, expectSaved, rowOf, writeDraft } from './drafting';
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

test('a related link title or teaser is searchable: "cà mau" and "ca mau" find the story that links there', async ({
  app,
}) => {
  const { page } = app;
  const linking = 'Nông dân miền Tây chuẩn bị vụ mới';
  await writeDraft(page, linking, 'Bài không nhắc địa danh ấy trong thân bài.');
  await page.getByTestId('related-url').fill('https://example.vn/mua-lon.html');
  await page.getByTestId('add-related').click();
  await page.getByTestId('related-title').fill('Mưa lớn kéo dài ở Cà Mau');
  await page.getByTestId('related-teaser').fill('Triều cường dâng cao, nhiều tuyến đường ngập sâu');
  await expectSaved(page);
  await backToList(page);
  await writeDraft(page, otherHeadline, 'Nông dân phấn khởi vì giá lúa vụ thu đông tăng.');
  await backToList(page);

  const search = page.getByTestId('draft-search');
  for (const query of ['cà mau', 'CA MAU', 'triều cường']) {
    await search.fill(query);
    await expect(page.getByTestId('draft-row')).toHaveCount(1);
    await expect(rowOf(page, linking)).toHaveCount(1);
  }
});
