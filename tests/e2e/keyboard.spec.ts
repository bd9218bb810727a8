import path from 'node:path';
import { photosDir } from '../support/reference';
import { expect, test } from './fixtures';
import { focused, tabThrough, tabTo } from './keyboard';

const SAVED = /^(Đã lưu|Saved) \d\d:\d\d:\d\d$/;

for (const language of ['vi', 'en'] as const) {
  test(`keyboard only (${language}): new draft, headline, lead, body, Finish and the photo desk by Tab with visible focus, Escape closes`, async ({
    app,
  }, testInfo) => {
    test.setTimeout(120_000);
    const { page } = app;
    // Picking the language is the only step not by key: a select's own popup is the browser's.
    await page.getByTestId('language-switch').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    await tabTo(page, 'new-draft');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('headline')).toBeFocused();
    await page.keyboard.type('Mưa lớn ở Cần Thơ');
    await tabTo(page, 'lead');
    await page.keyboard.type('Nhiều tuyến đường ngập sâu.');
    await tabTo(page, 'body');
    await page.keyboard.type('Sáng nay, triều cường dâng cao.');
    await expect(page.getByTestId('save-status')).toHaveText(SAVED, { timeout: 15_000 });
    await expect(page.getByTestId('headline')).toHaveValue('Mưa lớn ở Cần Thơ');
    await expect(page.getByTestId('lead')).toContainText('Nhiều tuyến đường ngập sâu.');
    await expect(page.getByTestId('body')).toHaveText('Sáng nay, triều cường dâng cao.');

    // Finish: opened from its button, every control reached, Escape closes and gives focus back.
    await tabTo(page, 'finish', { back: true });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('finish-panel')).toBeVisible();
    const finishControls = await tabThrough(page, 'finish-panel');
    expect(finishControls).toContain('close-finish');
    await page.screenshot({ path: testInfo.outputPath(`focus-finish-${language}.png`) });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('finish-panel')).toHaveCount(0);
    await expect(page.getByTestId('finish')).toBeFocused();

    // The photo desk: a photo comes in through the file input (the system dialog's part).
    await tabTo(page, 'open-photos');
    await page.keyboard.press('Enter');
    const desk = page.getByTestId('photo-desk');
    await expect(desk).toBeVisible();
    await desk.getByTestId('photo-file-input').setInputFiles(path.join(photosDir, 'Landscape_6.jpg'));
    await expect(desk.getByTestId('photo-tile')).toHaveCount(1, { timeout: 30_000 });
    await tabTo(page, 'photo-tile');
    await page.screenshot({ path: testInfo.outputPath(`focus-photo-tile-${language}.png`) });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('photo-caption')).toBeVisible();
    // From the bar, forward into the desk and through it, its photo editor included.
    await tabTo(page, 'open-photos', { back: true });
    const deskControls = await tabThrough(page, 'photo-desk');
    for (const control of ['photo-tile', 'photo-caption', 'photo-credit', 'photo-alt'])
      expect(deskControls).toContain(control);
    await tabTo(page, 'photo-caption', { back: true });
    await page.screenshot({ path: testInfo.outputPath(`focus-photo-caption-${language}.png`) });
    // Escape closes the photo editor first, then the desk.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('photo-caption')).toHaveCount(0);
    expect((await focused(page))?.testid).toBe('photo-tile');
    await page.keyboard.press('Escape');
    await expect(desk).toHaveCount(0);
    await expect(page.getByTestId('open-photos')).toBeFocused();
  });
}
