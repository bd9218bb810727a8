import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { photosDir } from '../support/reference';
import { expect, test } from './fixtures';

const screensDir = path.resolve(import.meta.dirname, '../../test-results/screens');
/** 2000 × 1000 px: wider than every width set here, so each one is made. */
const PHOTO = 'IPTC-PhotometadataRef-Std2021.1.jpg';

/** The renditions on disk in the test's data folder, read back with sharp: "1600.jpg 1600×800 jpeg". */
async function renditionsOnDisk(dataDir: string): Promise<string[]> {
  const drafts = await readdir(path.join(dataDir, 'drafts'));
  expect(drafts).toHaveLength(1);
  const root = path.join(dataDir, 'drafts', drafts[0], 'photos', 'renditions');
  const [photo] = await readdir(root);
  const names = (await readdir(path.join(root, photo))).sort((a, b) => parseInt(b) - parseInt(a) || a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => {
      const { width, height, format } = await sharp(path.join(root, photo, name)).metadata();
      return `${name} ${width}×${height} ${format}`;
    }),
  );
}

test('a photo editor sets rendition widths and WebP in Settings; the next imported photo gets exactly those', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('open-settings').click();
  const section = page.getByTestId('rendition-settings');
  const widths = section.getByTestId('renditions-widths');
  await expect(widths).toHaveValue('2048, 1280, 640, 320');
  await expect(section.getByTestId('renditions-summary')).toHaveText(
    'Mỗi ảnh mới: 4 tệp (2048 · 1280 · 640 · 320 px, JPEG).',
  );

  // A slip: one width twice, one too small. Nothing is saved; each problem says what to do.
  await widths.fill('1600, 800, 1600, 20');
  await section.getByTestId('renditions-webp').check();
  await section.getByTestId('renditions-save').click();
  const problems = section.getByTestId('renditions-problems');
  await expect(problems.getByRole('listitem')).toHaveText([
    '1600 px bị nhập nhiều lần: chỉ giữ một lần.',
    '20 px nằm ngoài khoảng 64–8192 px: hãy chọn chiều rộng trong khoảng đó.',
  ]);
  await expect(section.getByTestId('renditions-save-status')).toHaveText('Chưa lưu — hãy sửa các lỗi bên dưới');
  await expect(widths).toHaveAttribute('aria-invalid', 'true');
  await mkdir(screensDir, { recursive: true });
  await section.screenshot({ path: path.join(screensDir, 'settings-renditions-problems-vi.png') });
  await page.getByTestId('language-switch').selectOption('en');
  await expect(problems.getByRole('listitem')).toHaveText([
    '1600 px is listed more than once: keep it once.',
    '20 px is outside 64–8192 px: choose a width in that range.',
  ]);
  await section.screenshot({ path: path.join(screensDir, 'settings-renditions-problems-en.png') });
  await page.getByTestId('language-switch').selectOption('vi');
  await page.reload();
  await expect(widths).toHaveValue('2048, 1280, 640, 320');
  await expect(section.getByTestId('renditions-webp')).not.toBeChecked();

  // Typed in any order, stored largest first, WebP on at quality 75.
  await widths.fill('400, 1600, 800');
  await section.getByTestId('renditions-webp').check();
  await section.getByTestId('renditions-webp-quality').fill('75');
  await section.getByTestId('renditions-save').click();
  await expect(section.getByTestId('renditions-save-status')).toHaveText('Đã lưu');
  await expect(widths).toHaveValue('1600, 800, 400');
  await expect(section.getByTestId('renditions-summary')).toHaveText(
    'Mỗi ảnh mới: 6 tệp (1600 · 800 · 400 px, JPEG + WebP).',
  );
  await section.screenshot({ path: path.join(screensDir, 'settings-renditions-vi.png') });
  await page.getByTestId('language-switch').selectOption('en');
  await expect(section.getByTestId('renditions-summary')).toHaveText(
    'Each new photo: 6 files (1600 · 800 · 400 px, JPEG + WebP).',
  );
  await section.screenshot({ path: path.join(screensDir, 'settings-renditions-en.png') });
  await page.getByTestId('language-switch').selectOption('vi');
  await page.reload();
  await expect(widths).toHaveValue('1600, 800, 400');
  await expect(section.getByTestId('renditions-webp')).toBeChecked();
  await expect(section.getByTestId('renditions-webp-quality')).toHaveValue('75');

  // A new story, one photo from the card.
  await page.getByTestId('back').click();
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').fill('Kích cỡ ảnh mới');
  await page.getByTestId('open-photos').click();
  const desk = page.getByTestId('photo-desk');
  await desk.getByTestId('photo-file-input').setInputFiles(path.join(photosDir, PHOTO));
  await expect(desk.getByTestId('photo-tile')).toHaveCount(1, { timeout: 30_000 });
  // The desk's thumbnail is the smallest width set.
  const thumbnail = desk.locator('[data-testid="photo-tile"] img');
  await expect(thumbnail).toBeVisible();
  await expect
    .poll(() => thumbnail.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
    .toBe(400);

  expect(await renditionsOnDisk(app.dataDir)).toEqual([
    '1600.jpg 1600×800 jpeg',
    '1600.webp 1600×800 webp',
    '800.jpg 800×400 jpeg',
    '800.webp 800×400 webp',
    '400.jpg 400×200 jpeg',
    '400.webp 400×200 webp',
  ]);
});
