import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Settings → Targets on a desktop whose password store is plain text (Linux without a keyring,
 * safeStorage's basic_text). The web host keeps passwords in memory and never answers so, so
 * its answer to sync.setSecret is replaced by the one the desktop gives there — the password
 * still reaches the host — and the offer is followed in words, in Vietnamese and English.
 */

async function shoot(page: Page, name: string, testInfo: TestInfo): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.getByTestId('targets-section').screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

test('a keyring-less desktop: the reason and the risk in words, plain text only when accepted', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const accepted: boolean[] = [];
  await page.route('**/api/sync.setSecret', async (route) => {
    const request = route.request().postDataJSON() as { acceptPlainText?: boolean };
    accepted.push(request.acceptPlainText === true);
    await route.fetch();
    const answer = request.acceptPlainText ? { remembered: true } : { remembered: false, reason: 'plain_text_refused' };
    await route.fulfill({ json: { ok: true, data: answer } });
  });

  await page.getByTestId('open-settings').click();
  const section = page.getByTestId('targets-section');
  for (const language of ['vi', 'en'] as const) {
    await page.getByTestId('language-switch').selectOption(language);
    await section.getByTestId('target-add').click();
    const form = section.getByTestId('target-form');
    await form.getByTestId('target-kind').selectOption('wordpress');
    await form.getByTestId('target-name').fill(language === 'vi' ? 'Báo Cần Thơ' : 'Can Tho Daily');
    await form.getByTestId('target-url').fill('https://cms.example.org');
    await form.getByTestId('target-username').fill('reporter');
    await form.getByTestId('target-secret').fill('abcd efgh ijkl mnop qrst uvwx');
    await form.getByTestId('target-save').click();
    const offer = form.getByTestId('plain-text-offer');
    await expect(offer).toContainText(language === 'vi' ? 'không có kho khóa' : 'no keyring');
    await expect(offer).toContainText(language === 'vi' ? 'đăng bài lên CMS dưới tên bạn' : 'post to your CMS as you');
    await expect(form.getByTestId('plain-text-decline')).toBeFocused();
    await shoot(page, `targets-plain-text-offer-${language}`, testInfo);
    if (language === 'vi') {
      await form.getByTestId('plain-text-decline').click();
      const item = section.getByTestId('target-item').filter({ hasText: 'Báo Cần Thơ' });
      await expect(item.getByTestId('target-secret')).toHaveText('Đã nhớ mật khẩu trong phiên làm việc này');
      await expect(item.getByTestId('target-secret-why')).toContainText('không có kho khóa');
    } else {
      await form.getByTestId('plain-text-accept').click();
      const item = section.getByTestId('target-item').filter({ hasText: 'Can Tho Daily' });
      await expect(item.getByTestId('target-secret')).toHaveText('Password remembered on this computer');
      await shoot(page, 'targets-plain-text-accepted-en', testInfo);
    }
  }
  // Only the English target's password went with acceptPlainText, and only after the click.
  expect(accepted).toEqual([false, false, true]);
});
