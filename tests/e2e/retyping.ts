import type { Page } from '@playwright/test';
import { readReferenceArticle } from '../support/reference';
import { retypeText, type ImeOutput, type RetypeMethod } from '../support/unikeyRetype';

/** The reference article's first paragraph, without the agency's "(NSMT) - ". */
export const FIRST_PARAGRAPH = readReferenceArticle().paragraphs[0]!.replace(/^\(NSMT\) - /, '');

/**
 * How the recomposed text reaches the page. insertText: one text input per recomposition (CDP
 * Input.insertText, as Unikey's Unicode packet arrives in Chromium). keys: one keystroke per
 * character (EVKey and Unikey on some systems send each letter as its own key event). burst: the
 * Backspaces and the text sent at once, without waiting for the page between them, as the
 * system's input queue hands them over when the IME writes them in one go.
 */
export type Commit = 'insertText' | 'keys' | 'burst';

const BACKSPACE = { key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8, nativeVirtualKeyCode: 8 };

/** Types `text` into the focused field as a backspace-and-retype IME does: real Backspaces included. */
export async function retype(page: Page, text: string, method: RetypeMethod, commit: Commit): Promise<void> {
  const cdp = commit === 'burst' ? await page.context().newCDPSession(page) : null;
  for (const { sends } of retypeText(text, method)) {
    if (cdp && sends.length > 1) {
      // Every event of the recomposition is on its way before the page has handled the first.
      const events = sends.flatMap((output) =>
        output.kind === 'text'
          ? [cdp.send('Input.insertText', { text: output.text })]
          : [
              cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...BACKSPACE }),
              cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...BACKSPACE }),
            ],
      );
      await Promise.all(events);
    } else await sendEach(page, sends, commit);
  }
  await cdp?.detach();
}

async function sendEach(page: Page, sends: ImeOutput[], commit: Commit): Promise<void> {
  for (const output of sends) {
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
