import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

/**
 * The menu's shortcuts in the web host, where no native menu carries them: the same command table
 * (shared/commands) reaches the same screens the menu's items do. Each key runs its command once.
 */

const screens = path.resolve(import.meta.dirname, '../../test-results/screens');

async function openDraftWithHeadline(page: Page, headline: string): Promise<void> {
  // The web host has no native menu: the page carries the shortcuts once main has said so.
  await expect(page.locator('html')).toHaveAttribute('data-shortcuts', 'page');
  await page.keyboard.press('ControlOrMeta+N');
  await expect(page.getByTestId('headline')).toBeVisible();
  await page.getByTestId('headline').click();
  await page.keyboard.insertText(headline);
  await expectSaved(page);
}

test('Ctrl+N, Ctrl+S, Ctrl+P, Ctrl+Shift+F, Ctrl+Enter, Ctrl+F and Ctrl+, do what the menu does', async ({ app }) => {
  const { page } = app;
  await expect(page.getByTestId('new-draft')).toBeVisible();

  // Ctrl+N: one new draft (not two: the key runs the command once), with the list's template.
  await openDraftWithHeadline(page, 'Phím tắt mở bản nháp mới');
  await expect(page).toHaveURL(/#\/drafts\/[a-z0-9-]+$/);

  // Ctrl+S: save now, from the body, where the key would otherwise reach the editor.
  await page.getByTestId('body').click();
  await page.keyboard.insertText('Một câu gõ rồi lưu ngay.');
  await page.keyboard.press('ControlOrMeta+S');
  await expectSaved(page);

  // Ctrl+P: the preview in place of the editor, and back (not the browser's print dialog).
  await page.keyboard.press('ControlOrMeta+P');
  await expect(page.getByTestId('preview')).toBeVisible();
  await expect(page.getByTestId('open-preview')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ControlOrMeta+P');
  await expect(page.getByTestId('preview')).toBeHidden();

  // Ctrl+Enter: Send applies only to a finished story; this draft is not, so nothing opens.
  await page.getByTestId('body').click();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-status', 'draft');
  await expect(page.getByTestId('sync-panel')).toHaveCount(0);

  // Ctrl+Shift+F: the Finish checklist, exactly as the Finish button opens it.
  await page.keyboard.press('ControlOrMeta+Shift+F');
  await expect(page.getByTestId('finish-panel')).toBeVisible();
  await expect(page.getByTestId('finish')).toHaveAttribute('aria-pressed', 'true');

  // Ctrl+H: find and replace in the story.
  await page.keyboard.press('ControlOrMeta+H');
  await expect(page.getByTestId('find-replace')).toBeVisible();

  // Ctrl+F: back to the list with the search box ready to type in.
  await page.keyboard.press('ControlOrMeta+F');
  await expect(page.getByTestId('draft-search')).toBeFocused();
  await page.keyboard.type('phím tắt');
  await expect(page.getByTestId('draft-row')).toHaveCount(1);
  await expect(page.getByTestId('draft-row')).toContainText('Phím tắt mở bản nháp mới');
  await page.getByTestId('draft-search').fill('');
  // Exactly one draft exists: Ctrl+N did not run twice.
  await expect(page.getByTestId('draft-row')).toHaveCount(1);

  // Ctrl+,: Settings.
  await page.keyboard.press('ControlOrMeta+Comma');
  await expect(page).toHaveURL(/#\/settings$/);
});

test('Help → About names the version, the data folder and every shortcut, in Vietnamese and English', async ({
  app,
}) => {
  const { page } = app;
  await mkdir(screens, { recursive: true });
  for (const [language, title, finishLabel, version] of [
    ['vi', 'Giới thiệu Newsdesk', 'Hoàn tất…', 'Phiên bản'],
    ['en', 'About Newsdesk', 'Finish…', 'Version'],
  ] as const) {
    await page.getByTestId('language-switch').selectOption(language);
    await page.getByTestId('open-about').click();
    const about = page.getByTestId('about');
    await expect(about).toBeVisible();
    await expect(about.getByRole('heading', { level: 2 })).toHaveText(title);
    await expect(about).toContainText(version);
    await expect(page.getByTestId('about-version')).toHaveText(/^\d+\.\d+\.\d+/);
    await expect(page.getByTestId('about-data-folder')).toHaveText(app.dataDir);
    const finishRow = page.getByTestId('about-shortcuts').getByRole('row').filter({ hasText: finishLabel });
    await expect(finishRow).toContainText(/Ctrl\+Shift\+F|⇧⌘F/);
    await expect(page.getByTestId('about-shortcuts').getByRole('row')).toHaveCount(1 + 8 + 2);
    await page.screenshot({ path: path.join(screens, `about-${language}.png`) });
    await page.getByTestId('about-close').click();
    await expect(about).toHaveCount(0);
  }
});
