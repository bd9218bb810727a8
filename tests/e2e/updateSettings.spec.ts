import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';

const screensDir = path.resolve(import.meta.dirname, '../../test-results/screens');

test('a newsroom sets its update feed in Settings: plain http is refused with words, https is kept', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('open-settings').click();
  const section = page.getByTestId('update-settings');
  const feed = section.getByTestId('updates-feed');
  await expect(feed).toHaveValue('');
  await expect(section.getByTestId('updates-summary')).toHaveText('Cập nhật đang tắt.');
  await expect(section).toContainText('không bao giờ cài đặt khi còn bài đang lưu hoặc đang gửi');

  // Plain http on the internet: refused, nothing saved, the problem says what to type.
  await feed.fill('http://example.com/newsdesk');
  await section.getByTestId('updates-save').click();
  const problem = section.getByTestId('updates-problem');
  await expect(problem).toHaveText(
    'Địa chỉ phải bắt đầu bằng https:// (http thường chỉ dùng trên máy này, để thử nguồn cập nhật).',
  );
  await expect(section.getByTestId('updates-save-status')).toHaveText('Chưa lưu — hãy sửa địa chỉ bên dưới');
  await expect(feed).toHaveAttribute('aria-invalid', 'true');
  await mkdir(screensDir, { recursive: true });
  await section.screenshot({ path: path.join(screensDir, 'settings-updates-refused-vi.png') });
  await page.getByTestId('language-switch').selectOption('en');
  await expect(problem).toHaveText(
    'The address must start with https:// (plain http only on this computer, for testing a feed).',
  );
  await section.screenshot({ path: path.join(screensDir, 'settings-updates-refused-en.png') });
  await page.getByTestId('language-switch').selectOption('vi');
  await page.reload();
  await expect(feed).toHaveValue('');
  await expect(section.getByTestId('updates-summary')).toHaveText('Cập nhật đang tắt.');

  // The newsroom's https feed: saved, and still there after a reload.
  const address = 'https://updates.example-newsroom.vn/newsdesk';
  await feed.fill(address);
  await section.getByTestId('updates-save').click();
  await expect(section.getByTestId('updates-save-status')).toHaveText('Đã lưu');
  await expect(problem).toHaveCount(0);
  await expect(section.getByTestId('updates-summary')).toHaveText(`Cập nhật lấy từ ${address}.`);
  await section.screenshot({ path: path.join(screensDir, 'settings-updates-vi.png') });
  await page.getByTestId('language-switch').selectOption('en');
  await expect(section.getByTestId('updates-summary')).toHaveText(`Updates come from ${address}.`);
  await expect(section).toContainText('never installs one while a save or send is pending');
  await section.screenshot({ path: path.join(screensDir, 'settings-updates-en.png') });
  await page.getByTestId('language-switch').selectOption('vi');
  await page.reload();
  await expect(feed).toHaveValue(address);
  await expect(section.getByTestId('updates-summary')).toHaveText(`Cập nhật lấy từ ${address}.`);
});
