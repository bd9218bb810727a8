import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { photosDir } from '../support/reference';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

/**
 * Laptop widths: every side panel (Finish checklist, Photos desk, Send, History) opens where the
 * reporter can see and use it — beside the story where there is room, as a drawer over it where
 * there is not — and the page never scrolls sideways.
 */

const WIDTHS = [1920, 1366, 1280, 1024, 800];
const HEIGHT = 800;
const screens = path.resolve(import.meta.dirname, '../../test-results/screens');

interface Panel {
  name: string;
  open: string;
  panel: string;
  close: string;
  /** The first thing a reporter would use in the panel. */
  first: (panel: Locator) => Locator;
}

const PANELS: Panel[] = [
  {
    name: 'finish',
    open: 'finish',
    panel: 'finish-panel',
    close: 'close-finish',
    first: (p) => p.locator('[data-testid="finish-item"] button').first(),
  },
  {
    name: 'photos',
    open: 'open-photos',
    panel: 'photo-desk',
    close: 'close-photos',
    first: (p) => p.getByTestId('import-photos'),
  },
  {
    name: 'sync',
    open: 'open-sync',
    panel: 'sync-panel',
    close: 'close-sync',
    first: (p) => p.getByTestId('sync-target'),
  },
  {
    name: 'history',
    open: 'open-history',
    panel: 'history-panel',
    close: 'close-history',
    first: (p) => p.getByTestId('revision-item').first(),
  },
];

/** Scrolled into view, the whole control lies inside the window. */
async function expectInViewport(page: Page, control: Locator): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  const size = page.viewportSize();
  expect(box, 'control has a box').not.toBeNull();
  if (!box || !size) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
  expect(box.y + box.height).toBeLessThanOrEqual(size.height);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  // A string: the spec is compiled without the DOM library.
  const { scrollWidth, innerWidth } = await page.evaluate<{ scrollWidth: number; innerWidth: number }>(
    '({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })',
  );
  expect(scrollWidth, `page ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A story long enough to scroll, one photo on the desk, a few versions in its history. */
async function longStoryWithPhoto(page: Page): Promise<void> {
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.keyboard.insertText('Cần Thơ khai mạc hội chợ nông sản đồng bằng sông Cửu Long');
  await page.getByTestId('body').click();
  for (let i = 1; i <= 14; i += 1) {
    await page.keyboard.insertText(`Đoạn ${i}: hội chợ mở cửa tại bến Ninh Kiều với hàng trăm gian hàng nông sản.`);
    await page.keyboard.press('Enter');
  }
  await expectSaved(page);
  await page.getByTestId('open-photos').click();
  await page.getByTestId('photo-file-input').setInputFiles(path.join(photosDir, 'Landscape_6.jpg'));
  await expect(page.getByTestId('photo-tile')).toHaveCount(1);
  await page.getByTestId('close-photos').click();
}

for (const width of WIDTHS) {
  test(`at ${width} px each side panel is visible and usable, in Vietnamese and English`, async ({ app }) => {
    const { page } = app;
    await mkdir(screens, { recursive: true });
    await page.setViewportSize({ width, height: HEIGHT });
    await longStoryWithPhoto(page);
    for (const language of ['vi', 'en']) {
      await page.evaluate('window.scrollTo(0, 0)');
      await page.getByTestId('language-switch').selectOption(language);
      await expectNoSidewaysScroll(page);
      for (const { name, open, panel, close, first } of PANELS) {
        await page.evaluate('window.scrollTo(0, 0)');
        await page.getByTestId(open).click();
        const shown = page.getByTestId(panel);
        await expect(shown).toBeVisible();
        await expectInViewport(page, shown.getByTestId(close));
        await expectInViewport(page, first(shown));
        await expectNoSidewaysScroll(page);
        await page.screenshot({ path: path.join(screens, `layout-${width}-${language}-${name}.png`) });
        await shown.getByTestId(close).click();
        await expect(shown).toBeHidden();
      }
    }
  });
}

test('beside the story, the checklist never covers the photo desk fields', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: HEIGHT });
  await longStoryWithPhoto(page);
  await page.getByTestId('open-photos').click();
  await page.getByTestId('photo-tile').click();
  await page.getByTestId('finish').click();

  for (const width of [1920, 1366, 1280]) {
    await page.setViewportSize({ width, height: HEIGHT });
    const checklist = page.getByTestId('finish-panel');
    for (const field of ['photo-caption', 'photo-credit', 'photo-alt']) {
      const input = page.getByTestId(field);
      // Scrolled to the field, as a reporter scrolls down to it: the checklist must not lie on top.
      await input.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const [a, b] = [await checklist.boundingBox(), await input.boundingBox()];
      expect(a && b && overlaps(a, b), `${field} under the checklist at ${width}px`).toBe(false);
      // And nothing else lies on top of it: a click at its middle reaches the field.
      const onTop = await input.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const hit = el.ownerDocument.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return hit !== null && el.contains(hit);
      });
      expect(onTop, `${field} reachable at ${width}px`).toBe(true);
    }
  }
});

test('at 1024 px a panel opens as a drawer: focus moves into it and Escape closes it', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: HEIGHT });
  await longStoryWithPhoto(page);
  // Far down the story, "Photos" must still show the desk, not put it below the article.
  await page.getByTestId('body').click();
  await page.keyboard.press('Control+End');
  await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
  await page.getByTestId('open-history').scrollIntoViewIfNeeded();
  await page.getByTestId('open-history').click();
  const history = page.getByTestId('history-panel');
  await expect(page.getByTestId('close-history')).toBeFocused();
  await expectInViewport(page, page.getByTestId('close-history'));
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();

  await page.getByTestId('open-photos').click();
  await expect(page.getByTestId('close-photos')).toBeFocused();
  await expectInViewport(page, page.getByTestId('import-photos'));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('photo-desk')).toBeHidden();
});
