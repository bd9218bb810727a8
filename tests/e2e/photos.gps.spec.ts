import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import exifr from 'exifr';
import { photosDir } from '../support/reference';
import { expect, test } from './fixtures';

const screensDir = path.resolve(import.meta.dirname, '../../test-results/screens');

/** How many of the draft's rendition files on disk carry a GPS position. */
async function renditionsWithGps(dataDir: string): Promise<{ files: number; withGps: number }> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (full.includes(`${path.sep}renditions${path.sep}`) && /\.(jpe?g|webp)$/i.test(entry.name))
        files.push(full);
    }
  };
  await walk(path.join(dataDir, 'drafts'));
  let withGps = 0;
  for (const file of files) {
    // Renditions carry the position the way Newsdesk writes metadata: in XMP (exif:GPSLatitude).
    const tags = (await exifr.parse(file, { xmp: true, gps: true, tiff: true }).catch(() => undefined)) as
      Record<string, unknown> | undefined;
    if (tags && (tags.latitude !== undefined || tags.GPSLatitude !== undefined)) withGps++;
  }
  return { files: files.length, withGps };
}

const NAME = 'iptc-agency-photographer-example.jpg'; // EXIF and XMP GPS

test('photos: location is removed unless the desk ticks "keep GPS" for the photo', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').fill('Vị trí ảnh');
  await page.getByTestId('open-photos').click();
  const desk = page.getByTestId('photo-desk');
  await desk.getByTestId('photo-file-input').setInputFiles(path.join(photosDir, NAME));
  const tile = desk.locator(`[data-testid="photo-tile"][data-name="${NAME}"]`);
  await expect(tile).toBeVisible({ timeout: 30_000 });
  await expect(tile.getByTestId('badge-gps-removed')).toBeVisible();
  const before = await renditionsWithGps(app.dataDir);
  expect(before.files).toBeGreaterThan(0);
  expect(before.withGps).toBe(0);

  await tile.click();
  const keep = page.getByTestId('photo-keep-gps');
  await expect(keep).toBeVisible();
  await expect(keep).not.toBeChecked();
  await expect(page.getByText(/Vị trí chụp sẽ công khai cùng ảnh/)).toBeVisible();

  await keep.check();
  await expect(page.getByTestId('photo-save-status')).toHaveText(/Đã lưu|Saved/);
  await expect(tile.getByTestId('badge-gps-kept')).toBeVisible();
  await expect(tile.getByTestId('badge-gps-removed')).toHaveCount(0);
  // The published files follow the choice a moment later: every rendition now has the position.
  await expect
    .poll(() => renditionsWithGps(app.dataDir), { timeout: 30_000 })
    .toEqual({ files: before.files, withGps: before.files });
  await mkdir(screensDir, { recursive: true });
  await desk.screenshot({ path: path.join(screensDir, 'photo-keep-gps-vi.png') });
  await page.getByTestId('language-switch').selectOption('en');
  await expect(page.getByText(/The place it was taken becomes public/)).toBeVisible();
  await desk.screenshot({ path: path.join(screensDir, 'photo-keep-gps-en.png') });
  await page.getByTestId('language-switch').selectOption('vi');

  await keep.uncheck();
  await expect(keep).not.toBeChecked();
  await expect(tile.getByTestId('badge-gps-removed')).toBeVisible();
  await expect
    .poll(() => renditionsWithGps(app.dataDir), { timeout: 30_000 })
    .toEqual({ files: before.files, withGps: 0 });
});
