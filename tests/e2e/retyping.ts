import type { Page } from '@playwright/test';
import { readReferenceArticle } from '../support/reference';
import { retypeText, type RetypeMethod } from '../support/unikeyRetype';

/** The reference article's first paragraph, without the agency's "(NSMT) - ". */
export const FIRST_PARAGRAPH = readReferenceArticle().paragraphs[0]!.replace(/^\(NSMT\) - /, '');

/**
 * How the recomposed text reaches the page. insertText: one text input per recomposition (CDP
 * Input.insertText, as Unikey's Unicode packet arrives in Chromium). keys: one keystroke per
 * character (EVKey and Unikey on some systems send each letter as its own key event).
 */
export type Commit = 'insertText' | 'keys';

/** Types `text` into the focused field as a backspace-and-retype IME does: real Backspaces included. */
export async function retype(page: Page, text: string, method: RetypeMethod, commit: Commit): Promise<void> {
  for (const output of retypeText(text, method).flatMap((stroke) => stroke.sends)) {
    if (output.kind === 'backspace') await page.keyboard.press('Backspace');
    else if (output.kind === 'key') await page.keyboard.type(output.key);
    else if (commit === 'insertText') await page.keyboard.insertText(output.text);
    else await page.keyboard.type(output.text);
  }
}

/**
 * Counts the saves that start from now on ("Đang lưu…" shown), so a test can tell the typing
 * really ran while autosave was storing, not before or after it.
 */
export async function countSaves(page: Page): Promise<() => Promise<number>> {
  // A string: the tests are compiled without the DOM's types; it runs in the page.
  await page.evaluate(`(() => {
    window.__retypeSaves = 0;
    let saving = false;
    const look = () => {
      const now = /Đang lưu|Saving/.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? '');
      if (now && !saving) window.__retypeSaves++;
      saving = now;
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
  return async () => (await page.evaluate('window.__retypeSaves')) as number;
}

/** The id of the draft open in the editor, from its address. */
export const draftIdOf = (page: Page) => decodeURIComponent(page.url().split('/').pop() ?? '');
