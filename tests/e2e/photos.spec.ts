import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { photosDir } from '../support/reference';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

const files = [
  'IPTC-PhotometadataRef-Std2021.1.jpg',
  'Landscape_6.jpg',
  'kitten-progressive.jpg',
  'Bush-dog.jpg',
  'not-an-image.jpg',
];
const NVH = 'Nguyễn Văn Hiếu, Bí thư Thành ủy Cần Thơ';
const CAPTION = `Ông ${NVH} phát biểu tại Cần Thơ`;
const tile = (page: Page, name: string) => page.locator(`[data-testid="photo-tile"][data-name="${name}"]`);

/** Makes sure `=nvh=` is in Settings → Code replacements and adds `=ctp=`, the way a desk editor would. */
async function addCodes(page: Page): Promise<void> {
  await page.getByTestId('open-settings').click();
  const rows = page.getByTestId('code-row');
  await expect(page.getByTestId('add-code')).toBeVisible();
  const add = async (code: string, replacement: string) => {
    await page.getByTestId('add-code').click();
    await rows.last().getByTestId('code-input').fill(code);
    await rows.last().getByTestId('replacement-input').fill(replacement);
    await expect(page.getByTestId('codes-save-status')).toHaveText(/Đã lưu|Saved/);
  };
  if ((await rows.filter({ has: page.locator('[data-testid="code-input"][value="=nvh="]') }).count()) === 0)
    await add('=nvh=', NVH);
  await add('=ctp=', 'Cần Thơ');
  await page.getByTestId('back').click();
}

/** Types a caption that uses the code; the code expands as its last character is typed. */
async function captionWithCode(page: Page, name: string): Promise<void> {
  await tile(page, name).click();
  const caption = page.getByTestId('photo-caption');
  await caption.fill('');
  await caption.pressSequentially('Ông =nvh= phát biểu tại =ctp=');
  await expect(caption).toHaveValue(CAPTION);
  await caption.blur();
  await expect(page.getByTestId('photo-save-status')).toHaveText(/Đã lưu|Saved/);
}

test('photos: import with progress and errors, captions with codes, credits, place in body, all kept', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await addCodes(page);
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').fill('Hội nghị tổng kết');
  // The body expands codes too.
  await page.getByTestId('body').click();
  await page.keyboard.type('Sáng nay, =nvh= chủ trì hội nghị.');
  await expect(page.getByTestId('body')).toContainText(`Sáng nay, ${NVH} chủ trì hội nghị.`);
  await page.getByTestId('open-photos').click();
  const desk = page.getByTestId('photo-desk');
  await expect(desk).toBeVisible();

  await desk.getByTestId('photo-file-input').setInputFiles(files.map((f) => path.join(photosDir, f)));
  const progress = desk.getByTestId('import-progress');
  await expect(progress).toHaveAttribute('aria-valuemax', '5', { timeout: 30_000 });
  await expect(progress).toHaveAttribute('aria-valuenow', '5', { timeout: 30_000 });
  await expect(desk.getByTestId('import-progress-label')).toHaveText(/5\/5 (ảnh|photos)/);
  await expect(desk.getByTestId('import-error')).toHaveCount(1);
  await expect(desk.getByTestId('import-error')).toContainText('not-an-image.jpg');
  await expect(desk.getByTestId('photo-tile')).toHaveCount(4);
  await expect(desk.locator('[data-testid="photo-tile"] img').first()).toBeVisible();

  // Prefilled from the reference photo's IPTC/XMP.
  await tile(page, files[0]).click();
  await expect(page.getByTestId('photo-caption')).toHaveValue('The description aka caption (ref2021.1)');

  await captionWithCode(page, 'Landscape_6.jpg');
  await captionWithCode(page, 'kitten-progressive.jpg');

  // Keyboard: arrows move between tiles, Enter opens, Esc closes.
  await tile(page, 'Landscape_6.jpg').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('photo-editor')).toHaveCount(0);
  await tile(page, 'Landscape_6.jpg').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('photo-caption')).toHaveValue(CAPTION);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('photo-editor')).toHaveCount(0);
  // Keyboard multi-select starts from a known selection: the tile order follows import completion
  // (it differs from run to run under load), so a tile clicked above may sit at index 0 or 1, and
  // Space on it would take it out. A reporter clicks one photo, then adds another with Space.
  const tiles = desk.getByTestId('photo-tile');
  await tiles.nth(0).click();
  await expect(page.getByTestId('photo-editor')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('photo-editor')).toHaveCount(0);
  await expect(tiles.nth(0)).toBeFocused();
  await expect(tiles.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(tiles.nth(1)).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(tiles.nth(1)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(tiles.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(tiles.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(desk.getByTestId('apply-credit')).toBeVisible();
  // Space again takes a photo out of the selection, and puts it back.
  await page.keyboard.press('ArrowLeft');
  await expect(tiles.nth(0)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(tiles.nth(0)).toHaveAttribute('aria-selected', 'false');
  await expect(tiles.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Space');
  await expect(tiles.nth(0)).toHaveAttribute('aria-selected', 'true');

  // The filter shows only photos without a caption.
  await desk.getByTestId('filter-needs-caption').click();
  const shown = await desk.getByTestId('photo-tile').count();
  expect(shown).toBeLessThan(4);
  await expect(desk.getByTestId('photo-tile').filter({ hasNot: page.getByTestId('badge-needs-caption') })).toHaveCount(
    0,
  );
  await desk.getByTestId('filter-needs-caption').click();
  await expect(desk.getByTestId('photo-tile')).toHaveCount(4);

  // Select two, apply a credit to both.
  await tile(page, 'Bush-dog.jpg').click();
  await tile(page, 'Landscape_6.jpg').click({ modifiers: ['ControlOrMeta'] });
  await expect(tile(page, 'Bush-dog.jpg')).toHaveAttribute('aria-selected', 'true');
  await expect(tile(page, 'Landscape_6.jpg')).toHaveAttribute('aria-selected', 'true');
  await desk.getByTestId('bulk-credit').fill('TTXVN');
  await desk.getByTestId('apply-credit').click();
  await expect(desk.getByTestId('bulk-result')).toContainText('2');
  for (const name of ['Bush-dog.jpg', 'Landscape_6.jpg'])
    await expect(tile(page, name).getByTestId('badge-needs-credit')).toHaveCount(0);

  // Place one in the body.
  await tile(page, 'Landscape_6.jpg').click();
  await page.getByTestId('place-photo').click();
  const figure = page.getByTestId('body').getByTestId('captioned-photo').last();
  await expect(page.getByTestId('body').getByTestId('captioned-photo')).toHaveCount(1);
  await expect(figure.getByTestId('node-caption')).toHaveValue(CAPTION);
  await expect(figure.getByTestId('node-credit')).toHaveValue('TTXVN');
  await expect(figure.locator('img')).toBeVisible();

  // Dragging a tile into the body places it at the drop point (before the first paragraph's end).
  // Both ends in view first (editor closed, page at the top): a scroll mid-drag cancels a synthetic drag.
  await page.getByTestId('close-photo-editor').click();
  await page.evaluate('window.scrollTo(0, 0)');
  await tile(page, 'Bush-dog.jpg').dragTo(page.getByTestId('body').locator('p').first());
  await expect(page.getByTestId('body').getByTestId('captioned-photo')).toHaveCount(2);
  await expect(page.getByTestId('body').getByTestId('captioned-photo').first().getByTestId('node-credit')).toHaveValue(
    'TTXVN',
  );
  await expectSaved(page);

  await testInfo.attach('photo-desk.png', { body: await desk.screenshot(), contentType: 'image/png' });

  await page.reload();
  const placed = page.getByTestId('body').getByTestId('captioned-photo');
  await expect(placed).toHaveCount(2);
  await expect(placed.last().getByTestId('node-caption')).toHaveValue(CAPTION);
  await expect(page.getByTestId('body')).toContainText(NVH);
  await page.getByTestId('open-photos').click();
  await expect(page.getByTestId('photo-tile')).toHaveCount(4);
  await tile(page, 'kitten-progressive.jpg').click();
  await expect(page.getByTestId('photo-caption')).toHaveValue(CAPTION);
  await tile(page, 'Bush-dog.jpg').click();
  await expect(page.getByTestId('photo-credit')).toHaveValue('TTXVN');

  // A placed photo can be taken out of the story again (the record stays on the desk).
  await placed.first().getByTestId('node-remove').click();
  await expect(placed).toHaveCount(1);
  await expect(page.getByTestId('photo-tile')).toHaveCount(4);
});

test('photos dropped on the desk are imported', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('new-draft').click();
  await page.getByTestId('open-photos').click();
  const desk = page.getByTestId('photo-desk');
  const bytes = (await readFile(path.join(photosDir, 'kitten-progressive.jpg'))).toString('base64');
  // A real file drop, built in the page (a script string: this project's test types have no DOM).
  await page.evaluate(`(() => {
    const buffer = Uint8Array.from(atob(${JSON.stringify(bytes)}), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([buffer], 'kitten-dropped.jpg', { type: 'image/jpeg' }));
    const desk = document.querySelector('[data-testid="photo-desk"]');
    desk.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    desk.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  })()`);
  await expect(desk.getByTestId('import-progress')).toHaveAttribute('aria-valuenow', '1');
  await expect(tile(page, 'kitten-dropped.jpg')).toHaveCount(1);
  await expect(desk.getByTestId('import-error')).toHaveCount(0);
});

test('code replacements: a TSV import keeps the good lines and names the bad ones; export writes the table', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('add-code')).toBeVisible();
  const before = await page.getByTestId('code-row').count();
  const tsv = 'code\treplacement\n=ctp=\tCần Thơ\nno tab here\nx\tquá ngắn\n=ubnd=\tỦy ban nhân dân\n';
  await page
    .getByTestId('import-codes')
    .setInputFiles({ name: 'codes.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from(tsv) });
  await expect(page.getByTestId('import-code-error')).toHaveCount(2);
  await expect(page.getByTestId('import-code-error').first()).toContainText(/(dòng|line) 3/);
  await expect(page.getByTestId('code-row')).toHaveCount(before + 2);
  await expect(page.getByTestId('codes-save-status')).toHaveText(/Đã lưu|Saved/);

  const download = page.waitForEvent('download');
  await page.getByTestId('export-codes').click();
  const file = await (await download).path();
  const exported = await readFile(file, 'utf8');
  expect(exported).toContain('=ctp=\tCần Thơ\n');
  expect(exported).toContain('=ubnd=\tỦy ban nhân dân\n');

  // Saved in settings: still there after a reload, and removable.
  await page.reload();
  await expect(page.getByTestId('code-row')).toHaveCount(before + 2);
  await page
    .getByTestId('code-row')
    .filter({ has: page.locator('[value="=ubnd="]') })
    .getByTestId('remove-code')
    .click();
  await expect(page.getByTestId('codes-save-status')).toHaveText(/Đã lưu|Saved/);
  await page.reload();
  await expect(page.getByTestId('code-row')).toHaveCount(before + 1);
});
