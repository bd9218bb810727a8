// The spellchecker for the typing runs: switched through the settings API the Settings screen
// uses, and a state to wait for before typing — its first verdicts drawn on the body.
import type { Page } from 'playwright-core';
import type { Settings } from '../../../shared/contract/settings';
import type { Host } from './app';

/** settings.update takes whole top-level sections: the word lists stay as they are. */
export async function setSpelling(host: Host, enabled: boolean): Promise<void> {
  const { settings } = await host.call<{ settings: Settings }>('settings.get', {});
  await host.call('settings.update', { spelling: { ...settings.spelling, enabled } });
}

/** The words marked misspelt in the page right now (CSS Custom Highlight API, as the app draws them). */
const MARKED_COUNT = `CSS.highlights.get('newsdesk-misspelt')?.size ?? 0`;

/**
 * Resolves to the number of marked words once the checker's worker has compiled its dictionaries
 * and its verdicts on the body are drawn (the article carries a planted misspelling, so at least
 * one). page.evaluate runs through the DevTools protocol, which the app's CSP does not refuse.
 */
export async function waitForSpellcheck(page: Page, timeoutMs = 60_000): Promise<number> {
  const marked = await page.evaluate(`new Promise((resolve) => {
    const until = performance.now() + ${timeoutMs};
    const look = () => {
      const count = ${MARKED_COUNT};
      if (count > 0 || performance.now() > until) resolve(count);
      else requestAnimationFrame(look);
    };
    look();
  })`);
  if (typeof marked !== 'number' || marked === 0)
    throw new Error(`the spellchecker drew no mark on the body within ${timeoutMs / 1000} s`);
  return marked;
}

/** With spelling off nothing may be drawn: proves the "off" run really ran without the checker. */
export async function expectNoMarks(page: Page): Promise<void> {
  const marked = await page.evaluate(MARKED_COUNT);
  if (marked !== 0) throw new Error(`spelling is off but ${String(marked)} words are marked`);
}
