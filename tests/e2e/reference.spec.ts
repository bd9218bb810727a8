import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { articleFromDraft } from '../../shared/article/article';
import { DraftSchema } from '../../shared/article/draft';
import { articleToNinjs } from '../../shared/export/ninjs';
import { photosDir, readReferenceArticle } from '../support/reference';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

/**
 * The reporter's day, end to end: the reference article (../shared/reference/sample-article-vi.txt)
 * typed into the "Tin" template, photos from the fixtures captioned, the Finish checklist worked
 * through by clicking its lines, the story marked finished, and read back in the preview.
 */

const ref = readReferenceArticle();
const PREFIX = '(NSMT) - ';
const lead = ref.paragraphs[0].slice(PREFIX.length);
const bylineAt = ref.paragraphs.findIndex((p) => p.startsWith('Thảo Nguyên'));
/** The body as the page prints it: each photo shows its caption twice (image text + caption). */
const bodyBlocks = ref.paragraphs.slice(1, bylineAt);
const captionAt = bodyBlocks.flatMap((p, i) => (i > 0 && bodyBlocks[i - 1] === p ? [i - 1] : []));
const captions = captionAt.map((i) => bodyBlocks[i]);
/** Paragraphs in order, with the place of each photo (the index of the paragraph it follows). */
const paragraphs = bodyBlocks.filter((_, i) => !captionAt.includes(i) && !captionAt.includes(i - 1));
const photoAfter = captionAt.map(
  (at) => bodyBlocks.slice(0, at).filter((_, i) => !captionAt.includes(i) && !captionAt.includes(i - 1)).length - 1,
);
/** After the byline: related stories as title, title again (image alt), teaser. */
const relatedText = [
  ref.paragraphs[bylineAt].split('\n').slice(1).join(' ').trim(),
  ...ref.paragraphs.slice(bylineAt + 1),
];
const related = [0, 1, 2].map((n) => ({
  url: `https://nguoisaigon.example/tin-lien-quan-${n + 1}.html`,
  title: relatedText[n * 3],
  teaser: relatedText[n * 3 + 2],
}));
const photoFiles = ['Bush-dog.jpg', 'Landscape_6.jpg'];
const CREDIT = 'Ảnh: Thảo Nguyên';
const ALT = [
  'Ông Nguyễn Văn Hiếu trao kỷ niệm chương cho các đại biểu trên sân khấu',
  'Các đại biểu đứng thành hàng chụp ảnh lưu niệm',
];

const screensDir = path.resolve(import.meta.dirname, '../../test-results/screens');

async function shoot(page: Page, target: Locator | Page, name: string, testInfo: TestInfo): Promise<void> {
  await mkdir(screensDir, { recursive: true });
  const file = path.join(screensDir, `${name}.png`);
  await target.screenshot({ path: file, ...(target === page ? { fullPage: false } : {}) });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

/** The draft as the store saved it (after its header line). */
async function savedDraft(dataDir: string, page: Page) {
  const id = decodeURIComponent(page.url().split('/').pop() ?? '');
  const file = await readFile(path.join(dataDir, 'drafts', id, 'draft.nd'), 'utf8');
  return DraftSchema.parse(JSON.parse(file.slice(file.indexOf('\n') + 1)));
}

const items = (page: Page) => page.getByTestId('finish-item');
const item = (page: Page, key: string) => page.locator(`[data-testid="finish-item"][data-key="${key}"]`);

/** Types paragraphs at the end of the body, one Enter between them. */
async function typeAtEnd(page: Page, texts: string[]): Promise<void> {
  const body = page.getByTestId('body');
  await body.focus();
  await page.keyboard.press('ControlOrMeta+End');
  const lastText = await body.locator(':scope > *').last().innerText();
  if (lastText.trim() !== '') await page.keyboard.press('Enter');
  for (const [i, text] of texts.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(text);
  }
}

test('recreate the reference article from the "Tin" template, finish it, preview it (vi and en)', async ({
  app,
}, testInfo) => {
  test.setTimeout(150_000);
  const { page } = app;
  expect(paragraphs.length).toBeGreaterThan(6);
  expect(captions).toHaveLength(2);
  expect(related.every((r) => r.title && r.teaser)).toBe(true);

  await page.getByTestId('new-draft-template').selectOption('tin');
  await page.getByTestId('new-draft').click();
  await expect(page.getByTestId('article-template')).toHaveValue('tin');
  await expect(page.getByTestId('draft-status')).toHaveText('Nháp');

  await page.getByTestId('section').fill(ref.section);
  await page.getByTestId('headline').fill(ref.headline);
  // The dateline as a reporter types it: the place first (the date and time fill in with now),
  // then the story's date and time typed over them, day first, 24-hour.
  await page.getByTestId('dateline-place').click();
  await page.keyboard.insertText('Cần Thơ');
  await expect(page.getByTestId('dateline-date')).not.toHaveValue('');
  for (const [field, text] of [
    ['dateline-date', '15/10/2024'],
    ['dateline-time', '16:41'],
  ] as const) {
    await page.getByTestId(field).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
  }
  await expect(page.getByTestId('dateline-offset')).toHaveText('UTC+07:00');
  await expect(page.getByTestId('dateline-preview')).toHaveText('Thứ ba, 15/10/2024, 16:41');
  await page.getByTestId('lead').fill(lead);

  // Finish too early: the checklist lists what blocks, and nothing is marked finished.
  await page.getByTestId('finish').click();
  await expect(page.getByTestId('finish-panel')).toBeVisible();
  await expect(item(page, 'body:required')).toHaveAttribute('data-severity', 'blocking');
  await expect(item(page, 'byline:required')).toHaveAttribute('data-severity', 'blocking');
  await expect(item(page, 'photos:too_few')).toHaveAttribute('data-severity', 'warning');
  await expect(page.getByTestId('finish-summary')).toContainText('Còn 2 lỗi phải sửa');
  await expect(page.getByTestId('finish-mark')).toBeDisabled();
  await expect(page.getByTestId('draft-status')).toHaveText('Nháp');

  // Each line is one click from its place.
  await item(page, 'byline:required').click();
  await expect(page.getByTestId('byline-input').first()).toBeFocused();
  await page.keyboard.insertText('Thảo Nguyên');
  await expect(item(page, 'byline:required')).toHaveCount(0);
  await item(page, 'body:required').click();
  await expect(page.getByTestId('body')).toBeFocused();

  // The body, with the two photos where the page has them.
  await page.getByTestId('open-photos').click();
  const desk = page.getByTestId('photo-desk');
  await desk.getByTestId('photo-file-input').setInputFiles(photoFiles.map((f) => path.join(photosDir, f)));
  await expect(desk.getByTestId('photo-tile')).toHaveCount(2, { timeout: 30_000 });
  let typed = 0;
  for (const [n, file] of photoFiles.entries()) {
    await typeAtEnd(page, paragraphs.slice(typed, photoAfter[n] + 1));
    typed = photoAfter[n] + 1;
    await desk.locator(`[data-testid="photo-tile"][data-name="${file}"]`).click();
    await page.getByTestId('photo-caption').fill(captions[n]);
    await page.getByTestId('photo-credit').fill(CREDIT);
    await page.getByTestId('photo-alt').fill('');
    await page.getByTestId('place-photo').click();
    await expect(page.getByTestId('body').getByTestId('captioned-photo')).toHaveCount(n + 1);
  }
  await typeAtEnd(page, paragraphs.slice(typed));
  await page.getByTestId('close-photos').click();
  const figures = page.getByTestId('body').getByTestId('captioned-photo');
  for (const [n, caption] of captions.entries())
    await expect(figures.nth(n).getByTestId('node-caption')).toHaveValue(caption);
  // Each photo sits right after the paragraph the page has before it.
  const outline = await page
    .getByTestId('body')
    .evaluate((body) =>
      [...body.children]
        .map((child) =>
          child.querySelector('[data-testid="captioned-photo"]') ? 'PHOTO' : (child.textContent ?? '').trim(),
        )
        .filter(Boolean),
    );
  const expected = paragraphs.flatMap((p, i) => (photoAfter.includes(i) ? [p, 'PHOTO'] : [p]));
  expect(outline).toEqual(expected);

  // A placed photo moves by keyboard, its caption with it, and comes back.
  const outlineNow = () =>
    page
      .getByTestId('body')
      .evaluate((body) =>
        [...body.children]
          .map((child) =>
            child.querySelector('[data-testid="captioned-photo"]') ? 'PHOTO' : (child.textContent ?? '').trim(),
          )
          .filter(Boolean),
      );
  await figures.nth(1).getByTestId('node-move-up').focus();
  await page.keyboard.press('Enter');
  const movedUp = [...expected];
  const at = movedUp.lastIndexOf('PHOTO');
  [movedUp[at - 1], movedUp[at]] = [movedUp[at], movedUp[at - 1]];
  await expect.poll(outlineNow).toEqual(movedUp);
  await expect(figures.nth(1).getByTestId('node-caption')).toHaveValue(captions[1]);
  await expect(figures.nth(1).getByTestId('node-move-up')).toBeFocused();
  await page.getByTestId('body').getByTestId('node-move-down').nth(1).focus();
  await page.keyboard.press('Enter');
  await expect.poll(outlineNow).toEqual(expected);
  await expect(figures.nth(1).getByTestId('node-caption')).toHaveValue(captions[1]);
  await shoot(page, figures.nth(1), 'reference-photo-node-vi', testInfo);

  // Related stories from the page: titles now, teasers when the checklist asks for them.
  for (const link of related) {
    await page.getByTestId('related-url').fill(link.url);
    await page.getByTestId('add-related').click();
    const row = page.getByTestId('related-row').last();
    await row.getByTestId('related-title').fill(link.title);
  }
  await expect(page.getByTestId('related-row')).toHaveCount(3);

  // The checklist followed every edit: no blocking line left; photos without alt text and
  // related links without teasers are warnings.
  await expect(page.getByTestId('finish-summary')).toHaveText(/^Không còn gì chặn việc hoàn tất\./);
  await expect(
    item(page, 'photos:0:' + (await figures.nth(0).getAttribute('data-photo-id')) + ':altText'),
  ).toHaveAttribute('data-severity', 'warning');
  await expect(items(page).filter({ hasText: 'chưa có tóm tắt' })).toHaveCount(3);

  // Clicking a warning goes to the field inside the photo in the body.
  await items(page).filter({ hasText: 'Ảnh 2: chưa có mô tả ảnh' }).click();
  await expect(figures.nth(1).getByTestId('node-alt')).toBeFocused();
  await page.keyboard.insertText(ALT[1]);
  await items(page).filter({ hasText: 'Ảnh 1: chưa có mô tả ảnh' }).click();
  await expect(figures.nth(0).getByTestId('node-alt')).toBeFocused();
  await page.keyboard.insertText(ALT[0]);
  for (const [n, link] of related.entries()) {
    await items(page)
      .filter({ hasText: `Tin liên quan ${n + 1}: chưa có tóm tắt` })
      .click();
    await expect(page.getByTestId('related-row').nth(n).getByTestId('related-teaser')).toBeFocused();
    await page.keyboard.insertText(link.teaser);
  }
  // Left: the dateline is two years before the story was started here (the article is from
  // 2024); a warning the reporter acknowledges by finishing.
  await expect(items(page)).toHaveCount(1);
  await expect(item(page, 'dateline:dateline_before_creation')).toHaveAttribute('data-severity', 'warning');

  await expectSaved(page);
  await shoot(page, page, 'reference-editor-vi', testInfo);
  await expect(page.getByTestId('draft-status')).toHaveText('Nháp');
  await expect(page.getByTestId('finish-mark')).toHaveText('Hoàn tất dù còn 1 điểm nên xem');
  await page.getByTestId('finish-mark').click();
  await expect(page.getByTestId('draft-status')).toHaveText('Hoàn tất');
  await expect(page.getByTestId('finish-done')).toBeVisible();

  // The preview, in the page's order.
  await page.getByTestId('close-finish').click();
  await page.getByTestId('open-preview').click();
  const preview = page.getByTestId('preview');
  // The preview takes the editor's place; the editor comes back, as it was, when it closes.
  await expect(page.getByTestId('body')).toBeHidden();
  await expect(preview.getByTestId('preview-section')).toHaveText(ref.section);
  await expect(preview.getByTestId('preview-headline')).toHaveText(ref.headline);
  await expect(preview.getByTestId('preview-dateline')).toHaveText('Thứ ba, 15/10/2024, 16:41');
  // Saved with the offset it was typed in, and exported as the house style writes it.
  const saved = await savedDraft(app.dataDir, page);
  expect(saved.dateline).toEqual({ place: 'Cần Thơ', dateTime: '2024-10-15T16:41:00+07:00', source: '' });
  const ninjs = articleToNinjs(articleFromDraft(saved));
  expect(ninjs.descriptions?.find((d) => d.role === 'dateline')?.value).toBe('Thứ ba, 15/10/2024, 16:41');
  expect(ninjs.contentcreated).toBe('2024-10-15T16:41:00+07:00');
  expect(ninjs.located).toBe('Cần Thơ');
  await expect(preview.getByTestId('preview-lead')).toHaveText(ref.paragraphs[0]);
  await expect(preview.getByTestId('preview-body').locator('figure')).toHaveCount(2);
  for (const [n, caption] of captions.entries()) {
    const figure = preview.getByTestId('preview-body').locator('figure').nth(n);
    await expect(figure.locator('figcaption')).toContainText(caption);
    await expect(figure.locator('figcaption')).toContainText(CREDIT);
    await expect(figure.locator('img')).toHaveAttribute('alt', ALT[n]);
    await expect(figure.locator('img')).toHaveJSProperty('complete', true);
    expect(
      await figure.locator('img').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
    ).toBeGreaterThan(0);
  }
  for (const paragraph of [paragraphs[0], paragraphs.at(-1)!])
    await expect(preview.getByTestId('preview-body')).toContainText(paragraph);
  await expect(preview.getByTestId('preview-byline')).toHaveText('Thảo Nguyên');
  const relatedItems = preview.getByTestId('preview-related').locator('li');
  await expect(relatedItems).toHaveCount(3);
  for (const [n, link] of related.entries()) {
    await expect(relatedItems.nth(n).locator('a')).toHaveText(link.title);
    await expect(relatedItems.nth(n).locator('a')).toHaveAttribute('href', link.url);
    await expect(relatedItems.nth(n)).toContainText(link.teaser);
  }
  const order = await preview.evaluate((root) =>
    ['section', 'headline', 'dateline', 'lead', 'body', 'byline', 'related'].map((part) => {
      const el = root.querySelector(`[data-testid="preview-${part}"]`);
      return el ? [...root.querySelectorAll('*')].indexOf(el) : -1;
    }),
  );
  expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true);
  await shoot(page, preview, 'reference-preview-vi', testInfo);

  // The same screens in English: the UI changes, the story does not.
  await page.getByTestId('language-switch').selectOption('en');
  await expect(page.getByTestId('draft-status')).toHaveText('Finished');
  await expect(preview.getByTestId('preview-dateline')).toHaveText('Thứ ba, 15/10/2024, 16:41');
  await shoot(page, preview, 'reference-preview-en', testInfo);
  await page.getByTestId('preview-close').click();
  await expect(page.getByTestId('body')).toBeVisible();
  await page.getByTestId('finish').click();
  await expect(page.getByTestId('finish-summary')).toHaveText(/^Nothing blocks finishing\./);
  await shoot(page, page, 'reference-editor-en', testInfo);

  // A finished story can be edited again: it becomes "modified" until finished again.
  await page.getByTestId('headline').press('End');
  await page.keyboard.insertText(' năm 2024');
  await expect(page.getByTestId('draft-status')).toHaveText('Modified', { timeout: 15_000 });
  await page.getByTestId('finish-mark').click();
  await expect(page.getByTestId('draft-status')).toHaveText('Finished');
  await page.getByTestId('language-switch').selectOption('vi');
});
