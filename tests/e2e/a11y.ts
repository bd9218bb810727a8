import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what the issue asks every screen to meet. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe on the page as it is and expects no violation at all; each one is listed with its
 * rule, the elements and axe's own summary, so a failure says what to fix. The full result is
 * attached to the test.
 */
export async function expectNoAxeViolations(page: Page, screen: string, testInfo: TestInfo): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  await testInfo.attach(`axe ${screen}.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });
  const found = results.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact ?? '?'}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
    ),
  );
  // Soft: one run lists every screen's violations, and the test still fails on any.
  expect.soft(found, `axe on ${screen}`).toEqual([]);
}

/** Switches the UI language from the masthead, and waits until <html lang> says so. */
export async function useLanguage(page: Page, language: 'vi' | 'en'): Promise<void> {
  await page.getByTestId('language-switch').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}
