// Typing in the body for a set count, or for as long as something lasts (an import), measured by
// the editor bench's probe (editor/probe.js): per keystroke, keydown → committed update and →
// the end of the next frame after it (input-to-paint).
import type { Page } from 'playwright-core';
import type { TypingResult } from '../editor/typing';

const SENTENCE =
  'Trong khi đó, người dân Cần Thơ vẫn tiếp tục đóng góp ý kiến xây dựng Đảng và chính quyền. '.normalize('NFC');
/** About 150 words a minute, as the editor bench types. */
const DELAY_MS = 40;
/** Keys typed between two looks at whether to go on. */
const CHUNK = 12;

export class Reporter {
  private typed = 0;
  private last = '';

  constructor(private readonly page: Page) {}

  /** Clicks into the body's block `index`, checks the caret landed in the body. */
  async clickInto(index: number): Promise<void> {
    const block = this.page.locator(`[data-testid="body"] > :nth-child(${index + 1})`);
    await block.scrollIntoViewIfNeeded();
    await block.click();
    if (!(await this.page.evaluate('window.__bench.caretInBody()')))
      throw new Error('the caret is not in the body after the click');
  }

  private next(count: number): string {
    let text = '';
    while (text.length < count) text += SENTENCE[this.typed++ % SENTENCE.length];
    this.last = (this.last + text).slice(-40);
    return text;
  }

  /** Types `count` keys unmeasured: the page's first keystrokes warm up its code paths. */
  async warmUp(count: number): Promise<void> {
    await this.page.keyboard.type(this.next(count), { delay: DELAY_MS });
  }

  /** Types `count` keys (at least) while `goOn` says so, at least `min` of them; every keystroke measured. */
  async type(options: { min: number; max: number; goOn?: () => Promise<boolean> }): Promise<TypingResult> {
    await this.page.evaluate('window.__bench.startKeystrokes()');
    let sent = 0;
    while (sent < options.max && (sent < options.min || (options.goOn !== undefined && (await options.goOn())))) {
      const chunk = this.next(Math.min(CHUNK, options.max - sent));
      await this.page.keyboard.type(chunk, { delay: DELAY_MS });
      sent += chunk.length;
    }
    const result = (await this.page.evaluate('window.__bench.stopKeystrokes()')) as TypingResult;
    const body = (await this.page.getByTestId('body').textContent()) ?? '';
    if (sent > 0 && !body.includes(this.last.trim())) throw new Error('the typed text did not land in the body');
    if (result.committed.length !== sent)
      throw new Error(`${sent} keystrokes typed but ${result.committed.length} measured (${result.keystrokes} seen)`);
    return result;
  }
}
