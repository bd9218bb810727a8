import { expect, type Page } from '@playwright/test';

/** The words marked misspelt in the body right now, in document order (the page's CSS.highlights registry). */
export const marked = (page: Page) =>
  page.evaluate<string[]>(`[...(CSS.highlights.get('newsdesk-misspelt') ?? [])].map((range) => String(range))`);

/** Waits until exactly these words are marked (the checker answers from its worker). */
export async function expectMarked(page: Page, words: string[]): Promise<void> {
  await expect.poll(() => marked(page), { timeout: 15_000 }).toEqual(words);
}

/** Right-clicks the middle of a marked word. */
export async function rightClickMarked(page: Page, word: string): Promise<void> {
  const box = await page.evaluate<{ x: number; y: number }>(`(() => {
    const range = [...CSS.highlights.get('newsdesk-misspelt')].find((r) => String(r) === ${JSON.stringify(word)});
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  })()`);
  await page.mouse.click(box.x, box.y, { button: 'right' });
}

/** Starts a story from the drafts list with this headline and body. */
export async function startStory(page: Page, headline: string, body: string): Promise<void> {
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.keyboard.insertText(headline);
  await page.getByTestId('body').click();
  await page.keyboard.insertText(body);
}
