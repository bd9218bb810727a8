import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CDPSession, Locator, Page } from '@playwright/test';
import { articleFromDraft } from '../../shared/article/article';
import { DraftSchema } from '../../shared/article/draft';
import { articleToHtml } from '../../shared/export/html';
import { photosDir } from '../support/reference';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

/**
 * "Cần Thơ" the way a Vietnamese Telex input method with an underlined preedit composes it: each
 * syllable is rewritten in place until it is committed, and tone marks arrive as combining
 * characters (â + ◌̀), so the composed text is not NFC until the field settles it.
 */
const SYLLABLES: { composing: string[]; committed: string }[] = [
  { composing: ['C', 'Ca', 'Ca\u0302', 'Ca\u0302n', 'Ca\u0302\u0300n'], committed: 'Ca\u0302\u0300n' },
  { composing: ['T', 'Th', 'Tho', 'Tho\u031B'], committed: 'Tho\u031B' },
];
const CAPTION = 'Cần Thơ';

/** Types the syllables into `field` through the page's input method API, as the IME would. */
async function typeWithIme(page: Page, cdp: CDPSession, field: Locator): Promise<void> {
  await field.click();
  for (const [i, syllable] of SYLLABLES.entries()) {
    const before = i === 0 ? '' : `${CAPTION.split(' ').slice(0, i).join(' ')} `;
    for (const text of syllable.composing) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      // Mid-composition the field shows exactly what the IME has: nothing rewritten under it.
      await expect(field).toHaveValue(before + text);
    }
    await cdp.send('Input.insertText', { text: syllable.committed });
    if (i < SYLLABLES.length - 1) await page.keyboard.type(' ');
  }
}

async function savedDraft(dataDir: string, id: string) {
  const file = await readFile(path.join(dataDir, 'drafts', id, 'draft.nd'), 'utf8');
  return DraftSchema.parse(JSON.parse(file.slice(file.indexOf('\n') + 1)));
}

test('a photo caption typed through a Vietnamese input method is kept exactly, in NFC', async ({ app }, testInfo) => {
  const { page } = app;
  const cdp = await page.context().newCDPSession(page);
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').fill('Mưa lớn ở miền Tây');
  await page.getByTestId('open-photos').click();
  const desk = page.getByTestId('photo-desk');
  await desk.getByTestId('photo-file-input').setInputFiles(path.join(photosDir, 'Landscape_6.jpg'));
  await expect(desk.getByTestId('photo-tile')).toHaveCount(1, { timeout: 30_000 });

  // On the desk: the photo record's caption.
  await desk.getByTestId('photo-tile').click();
  const deskCaption = page.getByTestId('photo-caption');
  await deskCaption.fill('');
  await typeWithIme(page, cdp, deskCaption);
  await expect(deskCaption).toHaveValue(CAPTION);
  await deskCaption.blur();
  await expect(page.getByTestId('photo-save-status')).toHaveText(/Đã lưu|Saved/);

  // In the body: the placed photo's own caption, typed afresh inside the editor.
  await page.getByTestId('place-photo').click();
  const figure = page.getByTestId('body').getByTestId('captioned-photo');
  const caption = figure.getByTestId('node-caption');
  await expect(caption).toHaveValue(CAPTION);
  await caption.fill('');
  await expectSaved(page);
  await typeWithIme(page, cdp, caption);
  await expect(caption).toHaveValue(CAPTION);
  await expectSaved(page);

  const id = decodeURIComponent(page.url().split('/').pop() ?? '');
  const draft = await savedDraft(app.dataDir, id);
  const html = articleToHtml(articleFromDraft(draft));
  expect(html).toContain(`<figcaption>${CAPTION}</figcaption>`);
  expect(JSON.stringify(draft.body)).toContain(`"caption":"${CAPTION}"`);

  await page.reload();
  await expect(page.getByTestId('body').getByTestId('node-caption')).toHaveValue(CAPTION);
  // The captioned photo's fields, in both UI languages (labels change, the caption does not).
  for (const lang of ['vi', 'en'] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const shot = testInfo.outputPath(`captioned-photo-${lang}.png`);
    await page.getByTestId('body').getByTestId('captioned-photo').screenshot({ path: shot });
    await testInfo.attach(`captioned-photo-${lang}.png`, { path: shot, contentType: 'image/png' });
  }
  await page.getByTestId('language-switch').selectOption('vi');
  await page.getByTestId('open-photos').click();
  await page.getByTestId('photo-tile').click();
  await expect(page.getByTestId('photo-caption')).toHaveValue(CAPTION);
});
