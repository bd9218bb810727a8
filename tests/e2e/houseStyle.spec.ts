import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';

const screensDir = path.resolve(import.meta.dirname, '../../test-results/screens');

test('the house style in Settings changes the dateline and lead prefix in the editor and the preview', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await page.getByTestId('open-settings').click();
  // What the reference story prints with the defaults.
  await expect(page.getByTestId('house-dateline-vi-example')).toHaveText('Thứ ba, 15/10/2024, 16:41');
  await expect(page.getByTestId('house-dateline-en-example')).toHaveText('Tuesday, October 15, 2024, 4:41 PM');
  await expect(page.getByTestId('house-lead-example')).toHaveText(/^\(NSMT\) - Được sự cho phép/);

  await page.getByTestId('house-outlet').fill('CTO');
  await page.getByTestId('house-dateline-vi').fill('[{PLACE} – ]{weekday}, {dd}/{MM}/{yyyy}, {HH}:{mm}');
  await expect(page.getByTestId('house-dateline-vi-example')).toHaveText('CẦN THƠ – Thứ ba, 15/10/2024, 16:41');
  await expect(page.getByTestId('house-lead-example')).toHaveText(/^\(CTO\) - /);
  // An empty pattern is refused, not saved.
  await page.getByTestId('house-dateline-en').fill('');
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByTestId('house-dateline-en').fill('{weekday}, {month} {d}, {yyyy}, {h}:{mm} {a}');
  await expect(page.getByTestId('house-save-status')).toHaveText('Đã lưu');
  await mkdir(screensDir, { recursive: true });
  await page.screenshot({ path: path.join(screensDir, 'settings-house-vi.png') });
  await page.getByTestId('language-switch').selectOption('en');
  await expect(page.getByRole('heading', { name: 'House style' })).toBeVisible();
  await page.screenshot({ path: path.join(screensDir, 'settings-house-en.png') });
  await page.getByTestId('language-switch').selectOption('vi');

  // Kept after a reload, and used by a new story.
  await page.reload();
  await expect(page.getByTestId('house-outlet')).toHaveValue('CTO');
  await page.getByTestId('back').click();
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').fill('Cần Thơ phát động Tháng Bình đẳng giới');
  await page.getByTestId('dateline-place').fill('Cần Thơ');
  await page.getByTestId('dateline-date').fill('15/10/2024');
  await page.getByTestId('dateline-time').fill('16:41');
  await expect(page.getByTestId('dateline-preview')).toHaveText('CẦN THƠ – Thứ ba, 15/10/2024, 16:41');
  await expect(page.getByTestId('lead-prefix')).toHaveText('(CTO) -');
  // A story from an agency: its tag replaces the house's in the lead.
  await page.getByTestId('dateline-source').fill('(TTXVN)');
  await expect(page.getByTestId('lead-prefix')).toHaveText('(TTXVN) -');
  await page.getByTestId('lead').fill('Sáng 15/10, UBND thành phố phát động Tháng hành động.');
  await page.getByTestId('open-preview').click();
  await expect(page.getByTestId('preview-dateline')).toHaveText('CẦN THƠ – Thứ ba, 15/10/2024, 16:41');
  await expect(page.getByTestId('preview-lead')).toHaveText(
    '(TTXVN) - Sáng 15/10, UBND thành phố phát động Tháng hành động.',
  );
  await testInfo.attach('settings-house-vi', {
    path: path.join(screensDir, 'settings-house-vi.png'),
    contentType: 'image/png',
  });
});
