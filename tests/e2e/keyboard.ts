import { expect, type Page } from '@playwright/test';

/** What has focus now, and whether it shows: :focus-visible matches and its outline is drawn. */
export interface Focused {
  testid: string | null;
  name: string;
  focusVisible: boolean;
  outline: string;
}

const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  return {
    testid: el.getAttribute('data-testid'),
    name: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' ' + (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40),
    focusVisible: el.matches(':focus-visible'),
    outline: style.outlineStyle === 'none' || style.outlineWidth === '0px' ? 'none' : style.outlineStyle + ' ' + style.outlineWidth,
  };
})()`;

export const focused = (page: Page) => page.evaluate<Focused | null>(FOCUSED);

/**
 * Presses Tab (or Shift+Tab) and expects the control it reaches to show its focus. Past the last
 * control focus leaves the page (null); the next press comes back to the first.
 */
export async function tab(page: Page, back = false): Promise<Focused | null> {
  await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  const now = await focused(page);
  if (now) expect.soft(now.focusVisible && now.outline !== 'none', `visible focus on ${now.name}`).toBe(true);
  return now;
}

/** Tabs until the control with this data-testid has focus; fails after `max` presses. */
export async function tabTo(page: Page, testid: string, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) if ((await tab(page, back))?.testid === testid) return;
  throw new Error(`${testid} not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

const UNREACHED = (panel: string) => `(() => {
  const panel = document.querySelector('[data-testid="${panel}"]');
  const all = panel.querySelectorAll('button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]), select, textarea, [tabindex="0"]');
  return [...all].filter((el) => el.offsetParent !== null && !el.hasAttribute('data-kb-reached'))
    .map((el) => el.getAttribute('data-testid') || el.outerHTML.slice(0, 80));
})()`;

/**
 * Tabs into a panel and through it to its end, each control showing its focus on the way, and
 * expects every visible control in it to have been reached. Leaves focus on its last control.
 */
export async function tabThrough(page: Page, panel: string): Promise<string[]> {
  const inside = `!!document.activeElement?.closest('[data-testid="${panel}"]')`;
  const mark = `document.activeElement?.setAttribute('data-kb-reached', '')`;
  for (let i = 0; i < 80 && !(await page.evaluate<boolean>(inside)); i++) await tab(page);
  expect(await page.evaluate<boolean>(inside), `Tab reaches ${panel}`).toBe(true);
  const reached: string[] = [];
  for (let i = 0; i < 80 && (await page.evaluate<boolean>(inside)); i++) {
    await page.evaluate(mark);
    reached.push((await focused(page))?.testid ?? '?');
    await tab(page);
  }
  expect(await page.evaluate<string[]>(UNREACHED(panel)), `controls of ${panel} Tab never reached`).toEqual([]);
  await page.keyboard.press('Shift+Tab');
  return reached;
}
