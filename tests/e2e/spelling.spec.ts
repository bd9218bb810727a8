import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

/**
 * Offline spellcheck in the body: the misspelt word alone is marked (CSS Custom Highlight API,
 * nothing in the text), the suggestions fix it, "Add to my dictionary" survives a reload, and
 * marking leaves the text and the saved draft exactly as typed.
 */
const screensDir = path.resolve(import.meta.dirname, '../../test-results/screens');
const PARAGRAPH =
  'Mưa lớn kéo dài ở Cà Mau khiến nhiều tuyến đường bị ngập sâu, người dân Viêt Nam phải sơ tán trong đêm.';

/** The words marked misspelt right now, in document order (the page's CSS.highlights registry). */
const MARKED = `[...(CSS.highlights.get('newsdesk-misspelt') ?? [])].map((range) => String(range))`;
const marked = (page: Page) => page.evaluate<string[]>(MARKED);

/** Waits until exactly these words are marked (the checker answers from its worker). */
async function expectMarked(page: Page, words: string[]): Promise<void> {
  await expect.poll(() => marked(page), { timeout: 15_000 }).toEqual(words);
}

/** Right-clicks the middle of the marked word. */
async function rightClickMarked(page: Page, word: string): Promise<void> {
  const box = await page.evaluate<{ x: number; y: number }>(`(() => {
    const range = [...CSS.highlights.get('newsdesk-misspelt')].find((r) => String(r) === ${JSON.stringify(word)});
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  })()`);
  await page.mouse.click(box.x, box.y, { button: 'right' });
}

/** The body text of the draft as the store has it. */
async function storedBody(page: Page): Promise<string> {
  return page.evaluate<string>(`(async () => {
    const id = location.hash.split('/').pop() ?? '';
    const result = await window.newsdesk.drafts.get({ id });
    if (!result.ok) throw new Error(result.error.message);
    return result.data.draft.bodyText;
  })()`);
}

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const shot = path.join(screensDir, `${name}.png`);
  await page.screenshot({ path: shot });
  await testInfo.attach(`${name}.png`, { path: shot, contentType: 'image/png' });
}

test('a misspelt Vietnamese syllable is marked alone, fixed from the suggestions, the text untouched', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.keyboard.insertText('Mưa lớn ở Cà Mau');
  const body = page.getByTestId('body');
  await body.click();
  await page.keyboard.insertText(PARAGRAPH);

  await expectMarked(page, ['Viêt']);
  await expectSaved(page);
  // Marking is drawn over the text: the paragraph, its DOM and the saved draft are as typed.
  await expect(body).toHaveText(PARAGRAPH);
  await expect(body.locator('p span')).toHaveCount(1);
  expect(await storedBody(page)).toBe(PARAGRAPH);
  await expect(body).toHaveAttribute('spellcheck', 'false');

  await rightClickMarked(page, 'Viêt');
  const menu = page.getByTestId('spelling-menu');
  await expect(menu.getByTestId('spelling-suggestion').first()).toBeVisible();
  await expect(menu.getByTestId('spelling-suggestion')).toContainText(['Việt']);
  await shoot(page, testInfo, 'spelling-menu-vi');
  // The same menu in English; Escape closes it and gives the caret back.
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await page.getByTestId('language-switch').selectOption('en');
  await rightClickMarked(page, 'Viêt');
  await expect(menu.getByTestId('spelling-add')).toHaveText('Add to my dictionary');
  await expect(menu.getByTestId('spelling-suggestion').first()).toBeVisible();
  await shoot(page, testInfo, 'spelling-menu-en');
  await page.keyboard.press('Escape');
  await page.getByTestId('language-switch').selectOption('vi');
  await rightClickMarked(page, 'Viêt');
  await menu
    .getByTestId('spelling-suggestion')
    .filter({ hasText: /^Việt$/ })
    .click();

  const fixed = PARAGRAPH.replace('Viêt', 'Việt');
  await expect(body).toHaveText(fixed);
  await expectMarked(page, []);
  await expectSaved(page);
  expect(await storedBody(page)).toBe(fixed);
  // The fix is one step of the reporter's undo, as if typed.
  await page.keyboard.press('Control+z');
  await expect(body).toHaveText(PARAGRAPH);
});

test('Add to my dictionary: the word is accepted, also after a reload; Alt+F7 opens the suggestions', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.keyboard.insertText('Tin trong ngày');
  await page.getByTestId('body').click();
  await page.keyboard.insertText('Theo phóng viên báo Người Lao Động, ông Sáu Khởii cho biết thêm.');
  await expectMarked(page, ['Khởii']);
  await page.keyboard.press('Home');
  await page.keyboard.press('Alt+F7');
  const menu = page.getByTestId('spelling-menu');
  await expect(menu.getByTestId('spelling-suggestion')).toContainText(['Khởi']);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  await page.keyboard.press('End');
  await page.keyboard.insertText(' Tin từ Sacombankk.');
  await expectMarked(page, ['Khởii', 'Sacombankk']);
  await rightClickMarked(page, 'Sacombankk');
  await page.getByTestId('spelling-add').click();
  await expectMarked(page, ['Khởii']);
  await rightClickMarked(page, 'Khởii');
  await page.getByTestId('spelling-ignore').click();
  await expectMarked(page, []);
  await expectSaved(page);

  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(' Thêm Nguyênn.');
  await expectMarked(page, ['Nguyênn']);
  await expectSaved(page);

  await page.reload();
  await expect(page.getByTestId('body')).toContainText('Sacombankk');
  // Added to my dictionary, and ignored in this story (kept with the draft): both still accepted.
  await expectMarked(page, ['Nguyênn']);
});

test('an English story is checked in English: a planted misspelling is marked and fixed, Cần Thơ is not', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('new-draft').click();
  await page.getByTestId('article-language').selectOption('en');
  await page.getByTestId('headline').click();
  await page.keyboard.insertText('Floods in the Mekong Delta');
  const body = page.getByTestId('body');
  await body.click();
  await page.keyboard.insertText('Heavy rian flooded the streets of Cần Thơ on Monday.');
  await expectMarked(page, ['rian']);
  await rightClickMarked(page, 'rian');
  await page
    .getByTestId('spelling-menu')
    .getByTestId('spelling-suggestion')
    .filter({ hasText: /^rain$/ })
    .click();
  await expect(body).toHaveText('Heavy rain flooded the streets of Cần Thơ on Monday.');
  await expectMarked(page, []);
});
