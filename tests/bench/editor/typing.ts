// Typing into the middle of a body with real keyboard input, the same way in both pages.
import type { Page } from 'playwright-core';

/** What a reporter types: Vietnamese letters (sent as text, like an IME commits them), spaces, punctuation. */
const SENTENCE = 'Trong khi đó, người dân Cần Thơ vẫn tiếp tục đóng góp ý kiến xây dựng Đảng và chính quyền. ';
export const KEYSTROKES = 400;
const WARMUP = 20;
/** About 150 words a minute: a fast reporter, and enough room for each keystroke to finish. */
const DELAY_MS = 40;

export interface TypingResult {
  /** keydown → committed Lexical update, per keystroke (ms). */
  committed: number[];
  /** keydown → the end of the next frame after the commit (ms). */
  framed: number[];
  keystrokes: number;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

/** Clicks into the body's block `index` (a plain paragraph in the middle), checks the caret is there, types. */
export async function typeInMiddle(page: Page, index: number): Promise<TypingResult> {
  const block = page.locator(`[data-testid="body"] > :nth-child(${index + 1})`);
  await block.scrollIntoViewIfNeeded();
  await block.click();
  if (!(await page.evaluate('window.__bench.caretInBody()')))
    throw new Error('the caret is not in the body after the click');
  const text = SENTENCE.repeat(Math.ceil((KEYSTROKES + WARMUP) / SENTENCE.length)).normalize('NFC');
  await page.keyboard.type(text.slice(0, WARMUP), { delay: DELAY_MS });
  await page.waitForTimeout(300);
  await page.evaluate('window.__bench.startKeystrokes()');
  const typed = text.slice(WARMUP, WARMUP + KEYSTROKES);
  await page.keyboard.type(typed, { delay: DELAY_MS });
  const result = (await page.evaluate('window.__bench.stopKeystrokes()')) as TypingResult;
  const landed = await block.textContent();
  if (!landed?.includes(typed.trim().slice(-40)))
    throw new Error('the typed text did not land in the middle paragraph');
  if (result.committed.length !== KEYSTROKES) {
    throw new Error(
      `${KEYSTROKES} keystrokes typed but ${result.committed.length} measured (${result.keystrokes} seen)`,
    );
  }
  return result;
}
