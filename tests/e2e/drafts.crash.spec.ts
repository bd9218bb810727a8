import { expectSaved, rowOf } from './drafting';
import { expect, test } from './fixtures';

test('a saved draft is all there after the app is killed and restarted', async ({ app }) => {
  const headline = 'Mưa lớn gây ngập nhiều tuyến phố ở Cần Thơ';
  const body = 'Chiều 27/11, mưa lớn kéo dài hơn hai giờ khiến nhiều tuyến đường ở quận Ninh Kiều ngập sâu.';
  const { page } = app;
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.keyboard.type(headline);
  await page.getByTestId('body').click();
  await page.keyboard.type(body);
  await expectSaved(page);

  const restarted = await app.crashAndRestart();
  await rowOf(restarted, headline).click();
  await expect(restarted.getByTestId('headline')).toHaveValue(headline);
  await expect(restarted.getByTestId('body')).toHaveText(body);
});
