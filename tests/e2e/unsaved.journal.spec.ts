import { expectSaved, rowOf } from './drafting';
import { expect, test } from './fixtures';

test('text typed while the host dies survives a kill -9 and a restart, offered back and restorable', async ({
  app,
}) => {
  const { page } = app;
  const headline = 'Triều cường dâng cao ở Cần Thơ';
  const saved = 'Sáng nay, nước dâng tràn bờ kè Ninh Kiều.';
  const beforeKill = ' Người dân kê cao đồ đạc trong đêm.';
  const whileDown = ' Chính quyền phường mở điểm sơ tán tạm thời.';
  // Leaving the page while text is unsaved asks first; the reporter opens the new URL anyway.
  page.on('dialog', (dialog) => void dialog.accept());

  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.keyboard.type(headline);
  await page.getByTestId('body').click();
  await page.keyboard.type(saved);
  await expectSaved(page);
  const firstUrl = new URL(page.url());

  // Mid-typing: the host is killed right after these words, before their save.
  await page.keyboard.type(beforeKill);
  const restarted = await app.crashAndRestart(async () => {
    await page.keyboard.type(whileDown);
    await expect(page.getByTestId('save-status')).toContainText('Chưa lưu', { timeout: 20_000 });
  });
  // The same data folder keeps its port: the new URL is the same origin, so the journal is found.
  expect(new URL(restarted.url()).port).toBe(firstUrl.port);

  await rowOf(restarted, headline).click();
  const offer = restarted.getByTestId('unsaved-offer');
  await expect(offer).toBeVisible();
  await offer.getByText('Xem phần chưa lưu').click();
  const offered = offer.getByTestId('unsaved-offer-text');
  await restarted.screenshot({ path: test.info().outputPath('unsaved-offer-vi.png') });
  for (const word of `${saved}${beforeKill}${whileDown}`.split(' ').filter(Boolean)) {
    await expect(offered).toContainText(word);
  }
  // Never merged by itself: the editor shows the stored text until the reporter restores.
  await expect(restarted.getByTestId('body')).not.toContainText(whileDown.trim());

  await offer.getByTestId('unsaved-restore').click();
  await expect(restarted.getByTestId('body')).toHaveText(`${saved}${beforeKill}${whileDown}`, { timeout: 20_000 });
  await expect(restarted.getByTestId('unsaved-offer')).toHaveCount(0);
});
