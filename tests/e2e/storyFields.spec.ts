import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

/** Small things a reporter sees in the story's own fields: what they show and what they are called. */

const screens = path.resolve(import.meta.dirname, '../../test-results/screens');

/** How much of a field's placeholder does not fit its box, in pixels (0: it is read whole). */
async function placeholderOverflow(page: Page, testId: string): Promise<number> {
  // A string: the tests are compiled without the DOM's types; it runs in the page.
  return page.evaluate(`(() => {
    const input = document.querySelector('[data-testid="${testId}"]');
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d');
    context.font = style.fontStyle + ' ' + style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
    const text = context.measureText(input.placeholder).width;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return Math.max(0, Math.ceil(text - room));
  })()`);
}

/**
 * How much of the placeholder would not fit if the row squeezed the field to its flex basis (the
 * narrowest a wrapping row makes it; which window width does that depends on the fonts).
 */
async function placeholderOverflowAtBasis(page: Page, testId: string): Promise<number> {
  return page.evaluate(`(() => {
    const input = document.querySelector('[data-testid="${testId}"]');
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d');
    context.font = style.fontStyle + ' ' + style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
    const text = context.measureText(input.placeholder).width;
    const basis = Math.max(parseFloat(style.flexBasis) || 0, parseFloat(style.minWidth) || 0);
    const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'];
    const room = basis - edges.reduce((sum, edge) => sum + parseFloat(style[edge]), 0);
    return Math.max(0, Math.ceil(text - room));
  })()`);
}

/** The accessible names of every text field in the story, as a screen reader lists them. */
async function fieldNames(page: Page): Promise<string[]> {
  const snapshot = await page.locator('article.story').ariaSnapshot();
  return [...snapshot.matchAll(/textbox "([^"]*)"/g)].map((m) => m[1]!);
}

/** The side panels that share the window with the story: [opens, panel, closes]. */
const PANELS = [
  ['finish', 'finish-panel', 'close-finish'],
  ['open-photos', 'photo-desk', 'close-photos'],
] as const;

test('the dateline place placeholder is read whole at every window width, in both languages, beside a side panel', async ({
  app,
}) => {
  // 560 window widths, each laid out again: a minute or two on a busy 2-core box.
  test.setTimeout(400_000);
  const { page } = app;
  await mkdir(screens, { recursive: true });
  await page.getByTestId('new-draft').click();
  const place = page.getByTestId('dateline-place');
  await expect(place).toHaveAttribute('placeholder', 'Nơi đưa tin, ví dụ: Cần Thơ');
  const overflows: string[] = [];
  // Empty, then with the source typed first: the date, time and time zone fill in beside it.
  for (const state of ['empty', 'source first']) {
    if (state === 'source first') {
      await page.getByTestId('dateline-source').click();
      await page.keyboard.insertText('TTXVN');
      await expect(page.getByTestId('dateline-offset')).toBeVisible();
    }
    for (const language of ['vi', 'en']) {
      await page.getByTestId('language-switch').selectOption(language);
      const atBasis = await placeholderOverflowAtBasis(page, 'dateline-place');
      if (atBasis > 0) overflows.push(`${state}, ${language}, squeezed to its basis: ${atBasis} px cut off`);
      for (const [open, panel, close] of [[null, null, null], ...PANELS]) {
        if (open) await page.getByTestId(open).click();
        if (panel) await expect(page.getByTestId(panel)).toBeVisible();
        // The fields share a wrapping row: a field squeezed to its basis shows only at some widths.
        for (let width = 1920; width >= 1000; width -= 20) {
          await page.setViewportSize({ width, height: 860 });
          const overflow = await placeholderOverflow(page, 'dateline-place');
          if (overflow > 0)
            overflows.push(`${state}, ${language}, ${panel ?? 'no panel'}, ${width} px: ${overflow} px cut off`);
        }
        await page.setViewportSize({ width: 1366, height: 860 });
        await place.scrollIntoViewIfNeeded();
        const name = `dateline-place-${language}-${state.replace(' ', '-')}-${panel ?? 'alone'}.png`;
        await page.screenshot({ path: path.join(screens, name) });
        if (close) await page.getByTestId(close).click();
        if (panel) await expect(page.getByTestId(panel)).toHaveCount(0);
      }
    }
  }
  expect(overflows).toEqual([]);
});

test('the headline and each related link title have their own accessible names', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').fill('Nông dân miền Tây chuẩn bị vụ mới');
  for (const [url, title] of [
    ['https://example.vn/mua-lon.html', 'Mưa lớn kéo dài ở Cà Mau'],
    ['https://example.vn/gia-lua.html', 'Giá lúa tăng mạnh ở Đồng Tháp'],
  ]) {
    await page.getByTestId('related-url').fill(url!);
    await page.getByTestId('add-related').click();
    await page.getByTestId('related-title').last().fill(title!);
  }
  await expectSaved(page);

  // The name "Tiêu đề" is the headline's alone; each link's title is named with its number.
  await expect(page.getByRole('textbox', { name: 'Tiêu đề', exact: true })).toHaveValue(
    'Nông dân miền Tây chuẩn bị vụ mới',
  );
  await expect(page.getByRole('textbox', { name: 'Tiêu đề liên kết 1' })).toHaveValue('Mưa lớn kéo dài ở Cà Mau');
  await expect(page.getByRole('textbox', { name: 'Tiêu đề liên kết 2' })).toHaveValue('Giá lúa tăng mạnh ở Đồng Tháp');
  await expect(page.getByRole('button', { name: 'Bỏ liên kết 2' })).toBeVisible();
  for (const language of ['vi', 'en']) {
    await page.getByTestId('language-switch').selectOption(language);
    const names = await fieldNames(page);
    expect(names.length).toBeGreaterThan(8);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  }
  await expect(page.getByRole('textbox', { name: 'Title of related link 2' })).toHaveValue(
    'Giá lúa tăng mạnh ở Đồng Tháp',
  );
});
