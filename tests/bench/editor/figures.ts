// Waiting for the body's captioned photos without evaluating a string in the page: the app's
// CSP (script-src 'self', no 'unsafe-eval') refuses the `new Function` that page.waitForFunction
// builds from its predicate, so such a wait throws at once (EvalError), whatever the page shows.
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

const FIGURES = '[data-testid="body"] [data-testid="captioned-photo"]';

/** Resolves once the body shows exactly `count` captioned photos; fails (with a screenshot) if they never come. */
export async function waitForFigures(page: Page, count: number, timeout = 60_000): Promise<void> {
  const figures = page.locator(FIGURES);
  try {
    // Locators wait from Playwright's own isolated world, which the page's CSP does not govern.
    await figures.nth(count - 1).waitFor({ state: 'attached', timeout });
  } catch (error) {
    const shot = path.join(tmpdir(), `newsdesk-bench-figures-${Date.now()}.png`);
    await page.screenshot({ path: shot, fullPage: false }).catch(() => undefined);
    const shown = await figures.count();
    throw new Error(`the body shows ${shown} captioned photos, not ${count} (page at ${shot})`, { cause: error });
  }
  const shown = await figures.count();
  if (shown !== count) throw new Error(`the body shows ${shown} captioned photos, not ${count}`);
}
