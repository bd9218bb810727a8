import { expect, type Page } from '@playwright/test';

/** "Đã lưu 16:41:07": the saver has stored everything typed so far. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText(/^Đã lưu \d\d:\d\d:\d\d$/, { timeout: 15_000 });
}

/** Starts a draft from the list and writes a headline and a body into it. */
export async function writeDraft(page: Page, headline: string, body: string): Promise<void> {
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.keyboard.insertText(headline);
  await page.getByTestId('body').click();
  await page.keyboard.insertText(body);
  await expectSaved(page);
}

/** Back to the drafts list from the editor. */
export async function backToList(page: Page): Promise<void> {
  await page.getByTestId('back').click();
  await expect(page.getByTestId('draft-list')).toBeVisible();
}

export const rowOf = (page: Page, headline: string) => page.getByTestId('draft-row').filter({ hasText: headline });
