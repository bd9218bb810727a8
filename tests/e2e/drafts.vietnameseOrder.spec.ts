import { backToList, rowOf, writeDraft } from './drafting';
import { expect, test } from './fixtures';

const stories = [
  { headline: 'Đà Nẵng đón đoàn khách quốc tế đầu tiên', body: 'Du lịch biển miền Trung khởi sắc.' },
  { headline: 'Dương Đông tấp nập ngày cuối tuần', body: 'Khách ghé thủy điện Hòa Bình trước khi ra đảo.' },
  { headline: 'Anh hùng lao động được vinh danh', body: 'Lễ trao tặng tại Hà Nội.' },
  { headline: 'Zalo ra mắt tính năng mới', body: 'Người dùng cập nhật ứng dụng.' },
];
const firstWords = (texts: string[]) => texts.map((t) => t.split(' ')[0]);

test('by headline the list is in Vietnamese order (Đ after D, not after Z); search treats hoà/hòa and đ/d alike', async ({
  app,
}) => {
  const { page } = app;
  for (const { headline, body } of stories) {
    await writeDraft(page, headline, body);
    await backToList(page);
  }
  const titles = page.getByTestId('draft-row').locator('.draft-title');
  // Newest first stays the default.
  await expect(page.getByTestId('draft-sort')).toHaveValue('updated');
  await expect.poll(async () => firstWords(await titles.allTextContents())).toEqual(['Zalo', 'Anh', 'Dương', 'Đà']);

  await page.getByTestId('draft-sort').selectOption('headline');
  await expect.poll(async () => firstWords(await titles.allTextContents())).toEqual(['Anh', 'Dương', 'Đà', 'Zalo']);

  const search = page.getByTestId('draft-search');
  // The body says "thủy điện Hòa Bình": the other tone placement, typed in lower case, finds it.
  for (const [query, headline] of [
    ['hoà bình', stories[1].headline],
    ['thuỷ điện', stories[1].headline],
    ['da nang', stories[0].headline],
    ['ĐÀ NẴNG', stories[0].headline],
  ]) {
    await search.fill(query);
    await expect(page.getByTestId('draft-row')).toHaveCount(1);
    await expect(rowOf(page, headline)).toHaveCount(1);
  }

  // The search is kept with the chosen order; clearing it gives the whole list, still by headline.
  await search.fill('');
  await expect.poll(async () => firstWords(await titles.allTextContents())).toEqual(['Anh', 'Dương', 'Đà', 'Zalo']);
});
