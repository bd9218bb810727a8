import path from 'node:path';
import { photosDir, readReferenceArticle } from '../support/reference';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';
import {
  exampleOutletWords,
  expectFieldMarked,
  markOf,
  rightClickMark,
  setSpelling,
  shoot,
  underlayOf,
} from './spellingFields';

/**
 * Spellcheck in the story's plain fields (headline, lead, captions), which are <textarea>s: the
 * misspelt word is drawn marked over the field while the field keeps its text, caret, undo, label
 * and lang; the body's menu fixes it by mouse and by keyboard; the fix is saved.
 */
const HEADLINE = 'Mưa lớn ở Viêt Nam, nhiều tuyến đường ngập sâu';
const FIXED = HEADLINE.replace('Viêt', 'Việt');

test('a misspelt syllable in the headline is marked over the field and fixed from the menu, saved', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await page.getByTestId('new-draft').click();
  const headline = page.getByTestId('headline');
  await headline.click();
  await page.keyboard.insertText(HEADLINE);
  await expectFieldMarked(headline, ['Viêt']);

  // The field is as typed and as it was: its own text, label, language; the marks are a picture.
  await expect(headline).toHaveValue(HEADLINE);
  await expect(headline).toHaveAttribute('lang', 'vi');
  await expect(headline).toHaveAttribute('aria-label', 'Tiêu đề');
  await expect(underlayOf(headline)).toHaveAttribute('aria-hidden', 'true');
  // The underlay lies exactly on the field, and the mark sits on the headline's first line.
  const field = await headline.boundingBox();
  const under = await underlayOf(headline).boundingBox();
  expect(under).toEqual(field);
  const mark = await markOf(headline, 'Viêt').boundingBox();
  expect(mark?.y).toBeGreaterThan(field?.y ?? 0);
  expect(mark?.x).toBeGreaterThan((field?.x ?? 0) + 100);
  await expectSaved(page);
  await shoot(page.locator('.story'), testInfo, 'spelling-headline-vi');

  const menu = page.getByTestId('spelling-menu');
  await rightClickMark(page, headline, 'Viêt');
  await expect(menu.getByTestId('spelling-suggestion')).toContainText(['Việt']);
  await shoot(page, testInfo, 'spelling-headline-menu-vi');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(headline).toBeFocused();
  await page.getByTestId('language-switch').selectOption('en');
  await rightClickMark(page, headline, 'Viêt');
  await expect(menu.getByTestId('spelling-add')).toHaveText('Add to my dictionary');
  await expect(menu.getByTestId('spelling-suggestion')).toContainText(['Việt']);
  await shoot(page, testInfo, 'spelling-headline-menu-en');
  await menu
    .getByTestId('spelling-suggestion')
    .filter({ hasText: /^Việt$/ })
    .click();

  await expect(headline).toHaveValue(FIXED);
  await expectFieldMarked(headline, []);
  // Typed into the field, not set from outside: the field's own undo takes the fix back, redo again.
  await page.keyboard.press('Control+z');
  await expect(headline).toHaveValue(HEADLINE);
  await page.keyboard.press('Control+Shift+z');
  await expect(headline).toHaveValue(FIXED);
  await page.getByTestId('language-switch').selectOption('vi');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByTestId('headline')).toHaveValue(FIXED);
  await expectFieldMarked(page.getByTestId('headline'), []);
});

test('an English story: a misspelt caption word is marked at the desk and in the body, fixed by keyboard', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const caption = 'Residents wade through the flooded strets of Cần Thơ on Monday.';
  await page.getByTestId('new-draft').click();
  await page.getByTestId('article-language').selectOption('en');
  await page.getByTestId('headline').fill('Floods in the Mekong Delta');
  await page.getByTestId('open-photos').click();
  const desk = page.getByTestId('photo-desk');
  await desk.getByTestId('photo-file-input').setInputFiles(path.join(photosDir, 'Landscape_6.jpg'));
  await expect(desk.getByTestId('photo-tile')).toHaveCount(1, { timeout: 30_000 });
  await desk.getByTestId('photo-tile').click();
  const deskCaption = page.getByTestId('photo-caption');
  await deskCaption.click();
  await page.keyboard.insertText(caption);
  await expectFieldMarked(deskCaption, ['strets']);
  await expect(deskCaption).toHaveAttribute('lang', 'en');
  await page.getByTestId('place-photo').click();
  const nodeCaption = page.getByTestId('body').getByTestId('node-caption');
  await expect(nodeCaption).toHaveValue(caption);
  await expectFieldMarked(nodeCaption, ['strets']);
  await expectFieldMarked(page.getByTestId('headline'), []);
  await shoot(page, testInfo, 'spelling-caption-en');

  // Keyboard only: the caret at the start, Alt+F7 opens the menu on the next marked word.
  await deskCaption.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Alt+F7');
  const menu = page.getByTestId('spelling-menu');
  const suggestions = menu.getByTestId('spelling-suggestion');
  await expect(suggestions).toContainText(['streets']);
  await expect(suggestions.first()).toBeFocused();
  const words = await suggestions.allTextContents();
  for (let i = 0; i < words.indexOf('streets'); i++) await page.keyboard.press('ArrowDown');
  await expect(suggestions.filter({ hasText: /^streets$/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const fixed = caption.replace('strets', 'streets');
  await expect(deskCaption).toHaveValue(fixed);
  await expect(deskCaption).toBeFocused();
  await expectFieldMarked(deskCaption, []);
  await expect(nodeCaption).toHaveValue(fixed);
  await expectFieldMarked(nodeCaption, []);
  await deskCaption.blur();
  await expect(page.getByTestId('photo-save-status')).toHaveText(/Đã lưu|Saved/);
  await expectSaved(page);

  await page.reload();
  await expect(page.getByTestId('body').getByTestId('node-caption')).toHaveValue(fixed);
  await page.getByTestId('open-photos').click();
  await page.getByTestId('photo-tile').click();
  await expect(page.getByTestId('photo-caption')).toHaveValue(fixed);
  await expectFieldMarked(page.getByTestId('photo-caption'), []);
});

test('the reference headline and lead (NSMT, with the outlet list) are not flagged; off means no marks', async ({
  app,
}) => {
  const { page } = app;
  const reference = readReferenceArticle();
  await setSpelling(page, { enabled: true, personal: [], outlet: exampleOutletWords() });
  await page.getByTestId('new-draft').click();
  const headline = page.getByTestId('headline');
  const lead = page.getByTestId('lead');
  await headline.fill(reference.headline);
  await lead.fill(reference.paragraphs[0]);
  await page.getByTestId('body').click();
  await expectFieldMarked(headline, []);
  await expectFieldMarked(lead, []);
  const flagged = await page.getByTestId('field-spelling-mark').count();
  console.log(`SPELLCHECK fields reference false positives = ${flagged}`);
  expect(reference.paragraphs[0]).toContain('NSMT');

  // Spellcheck off: nothing is drawn over the fields at all, whatever they hold.
  const outlet = exampleOutletWords();
  const leadWithSlip = `${reference.paragraphs[0]} Ông Khởii nói.`;
  await setSpelling(page, { enabled: false, personal: [], outlet });
  await page.getByTestId('lead').fill(leadWithSlip);
  await expectSaved(page);
  await expect(page.getByTestId('field-spelling')).toHaveCount(0);

  // On again: the slip is marked; "Ignore in this story" from one field holds for the others.
  await setSpelling(page, { enabled: true, personal: [], outlet });
  await expect(page.getByTestId('lead')).toHaveValue(leadWithSlip);
  await expectFieldMarked(page.getByTestId('lead'), ['Khởii']);
  await page.getByTestId('headline').fill(`${reference.headline} Khởii`);
  await page.getByTestId('body').click();
  await expectFieldMarked(page.getByTestId('headline'), ['Khởii']);
  await rightClickMark(page, page.getByTestId('lead'), 'Khởii');
  await page.getByTestId('spelling-ignore').click();
  await expectFieldMarked(page.getByTestId('lead'), []);
  await expectFieldMarked(page.getByTestId('headline'), []);

  // "Add to my dictionary" from a field: unmarked at once, and kept in the settings for every story.
  // The body is checked with the same words: marked there too, and accepted there once added.
  const bodyMarked = () =>
    page.evaluate<string[]>(`[...(CSS.highlights.get('newsdesk-misspelt') ?? [])].map((range) => String(range))`);
  await page.getByTestId('headline').fill(`${reference.headline} Sacombankk`);
  await page.getByTestId('body').click();
  await page.keyboard.type('Sacombankk báo lãi. ');
  await expect.poll(bodyMarked).toContain('Sacombankk');
  await expectFieldMarked(page.getByTestId('headline'), ['Sacombankk']);
  await rightClickMark(page, page.getByTestId('headline'), 'Sacombankk');
  await page.getByTestId('spelling-add').click();
  await expectFieldMarked(page.getByTestId('headline'), []);
  await expect.poll(bodyMarked).not.toContain('Sacombankk');
  const personal = () =>
    page.evaluate<string[]>(
      `window.newsdesk.settings.get({}).then((r) => (r.ok ? r.data.settings.spelling.personal : []))`,
    );
  await expect.poll(personal).toContain('Sacombankk');
});
