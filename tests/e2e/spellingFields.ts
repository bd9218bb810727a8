import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Helpers for the spellcheck of plain fields (headline, lead, captions): their marks are drawn by
 * an underlay placed just before the field (renderer/editor/spelling/FieldMarks.tsx).
 */
const root = path.resolve(import.meta.dirname, '../..');
const screensDir = path.join(root, 'test-results/screens');

/** The underlay of a field: what the reporter sees drawn over it. */
export const underlayOf = (field: Locator): Locator =>
  field.locator('xpath=preceding-sibling::*[1][@data-testid="field-spelling"]');

/** Waits until the checker has answered for the field's text as it is, then until these words are marked. */
export async function expectFieldMarked(field: Locator, words: string[]): Promise<void> {
  const underlay = underlayOf(field);
  await expect(underlay).toHaveAttribute('data-checked', 'true', { timeout: 20_000 });
  await expect
    .poll(() => underlay.getByTestId('field-spelling-mark').allTextContents(), { timeout: 20_000 })
    .toEqual(words);
}

/** The marked word as drawn: its box on the screen. */
export function markOf(field: Locator, word: string): Locator {
  return underlayOf(field)
    .getByTestId('field-spelling-mark')
    .filter({ hasText: new RegExp(`^${word}$`, 'u') });
}

/** Right-clicks the middle of a marked word (the underlay takes no pointer: the field gets it). */
export async function rightClickMark(page: Page, field: Locator, word: string): Promise<void> {
  const box = await markOf(field, word).boundingBox();
  if (!box) throw new Error(`${word} is not drawn`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
}

/** The example outlet list shipped with the app, as Settings would import it. */
export function exampleOutletWords(): string[] {
  return readFileSync(path.join(root, 'docs/spelling/outlet-words.txt'), 'utf8')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Changes the spelling settings through the app's own API, then reloads so every screen reads them. */
export async function setSpelling(page: Page, spelling: { enabled: boolean; personal: string[]; outlet: string[] }) {
  const result = await page.evaluate<boolean>(
    `window.newsdesk.settings.update({ spelling: ${JSON.stringify(spelling)} }).then((r) => r.ok)`,
  );
  expect(result).toBe(true);
  await page.reload();
}

export async function shoot(target: Page | Locator, testInfo: TestInfo, name: string): Promise<void> {
  const shot = path.join(screensDir, `${name}.png`);
  await target.screenshot({ path: shot });
  await testInfo.attach(`${name}.png`, { path: shot, contentType: 'image/png' });
}
