import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

/**
 * Versions worth comparing: a reporter's typing is one version in the history (not one per
 * autosave), a version can be named, and any two compare word by word.
 */

const screens = path.resolve(import.meta.dirname, '../../test-results/screens');

const LEAD = 'Mưa lớn gây ngập nặng ở trung tâm Cần Thơ';
const BODY = [
  'Chiều 15/10, mưa lớn kéo dài hơn hai giờ làm ngập nhiều tuyến đường ở quận Ninh Kiều.',
  'Nhiều xe máy chết máy giữa đường Mậu Thân, người dân phải dắt bộ qua đoạn ngập sâu.',
  'Theo Đài Khí tượng Thủy văn, lượng mưa đo được tại trạm Cần Thơ là 92 mm.',
  'Đến tối, nước vẫn chưa rút',
];

/** Types like a reporter: a few words at a time, pausing long enough for the autosave each time. */
async function typeInBursts(page: Page, text: string): Promise<number> {
  const words = text.split(' ');
  let pauses = 0;
  for (let i = 0; i < words.length; i += 4) {
    await page.keyboard.type(`${i === 0 ? '' : ' '}${words.slice(i, i + 4).join(' ')}`, { delay: 15 });
    await expectSaved(page);
    pauses++;
  }
  return pauses;
}

test('a reporter’s typing is one version; a named version compares word by word with the current one', async ({
  app,
}) => {
  const { page } = app;
  await mkdir(screens, { recursive: true });
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.keyboard.type('Mưa lớn, nhiều tuyến đường ở Cần Thơ ngập sâu', { delay: 15 });
  await page.getByTestId('lead').click();
  let saves = await typeInBursts(page, LEAD);
  // The caret stays in the story text while the saves come and go: no click between paragraphs.
  await page.getByTestId('body').click();
  for (const [i, paragraph] of BODY.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    saves += await typeInBursts(page, paragraph);
  }
  await expect(page.getByTestId('body').locator('p')).toHaveText(BODY);
  expect(saves).toBeGreaterThan(15); // as many autosaves as the issue counted (22 entries)

  await page.getByTestId('open-history').click();
  const panel = page.getByTestId('history-panel');
  const items = panel.getByTestId('revision-item');
  // The empty draft as it was created, and everything typed since as one version.
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Hiện tại');
  await expect(items.first()).toContainText('59 từ');

  await panel.getByTestId('name-version').click();
  await panel.getByTestId('version-name').click();
  await page.keyboard.insertText('Gửi ban biên tập');
  await panel.getByTestId('save-version-name').click();
  await expect(panel.getByTestId('revision-name')).toHaveText(['Gửi ban biên tập']);

  // After the desk's call: a correction to the lead and the last paragraph.
  await page.getByTestId('lead').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' vào chiều tối', { delay: 15 });
  // The caret goes after the last word of the last paragraph, as a click there puts it.
  const lastLine = page.getByTestId('body').getByText('Đến tối, nước vẫn chưa rút');
  const box = (await lastLine.boundingBox())!;
  await lastLine.click({ position: { x: box.width - 1, y: box.height / 2 } });
  await page.keyboard.press('Control+Backspace');
  await page.keyboard.press('Control+Backspace');
  await page.keyboard.type('rút hết.', { delay: 15 });
  await expect(page.getByTestId('body')).toContainText('Đến tối, nước vẫn rút hết.');
  await expectSaved(page);

  // The named version stays, apart from what was typed after it.
  await expect(items).toHaveCount(3);
  const named = panel.getByTestId('revision-row').filter({ has: page.getByTestId('revision-name') });
  await expect(named).toHaveCount(1);
  await page.screenshot({ path: path.join(screens, 'history-named-vi.png') });
  await expect(items.first()).not.toContainText('Gửi ban biên tập');
  await named.getByTestId('compare-choose').check();
  await panel.getByTestId('compare-choose').first().check();
  await panel.getByTestId('compare-versions').click();

  const compare = panel.getByTestId('compare-view');
  await expect(compare.getByTestId('compare-older')).toContainText('Gửi ban biên tập');
  await expect(compare.getByTestId('compare-newer')).toContainText('Hiện tại');
  await expect(compare.getByTestId('compare-headline')).toHaveAttribute('data-changed', 'false');
  await expect(compare.getByTestId('compare-headline')).toContainText('không đổi');
  const lead = compare.getByTestId('compare-lead');
  await expect(lead.getByTestId('diff-added')).toHaveText(['thêm: vào chiều tối']);
  await expect(lead.getByTestId('diff-removed')).toHaveCount(0);
  const body = compare.getByTestId('compare-body');
  await expect(body.getByTestId('diff-removed')).toHaveText([/^bỏ: chưa\s*$/]);
  await expect(body.getByTestId('diff-added')).toHaveText([/^thêm:\s*hết\.$/]);
  // The first paragraphs did not change: they fold away, the changed one is shown whole.
  await expect(body).toContainText('3 đoạn không đổi');
  await expect(body).toContainText('Đến tối, nước vẫn');
  await expect(compare.getByTestId('compare-summary')).toHaveText('Thêm 4 từ, bỏ 1 từ.');
  await compare.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screens, 'history-compare-vi.png') });

  await page.getByTestId('language-switch').selectOption('en');
  await expect(compare.getByTestId('compare-summary')).toHaveText('4 words added, 1 word removed.');
  await expect(lead.getByTestId('diff-added')).toHaveText(['added: vào chiều tối']);
  await expect(compare.getByTestId('compare-headline')).toContainText('unchanged');
  await page.screenshot({ path: path.join(screens, 'history-compare-en.png') });
});
