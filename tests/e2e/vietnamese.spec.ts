import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { DraftSchema, type Draft } from '../../shared/article/draft';
import { encodeTcvn3 } from '../../shared/text/legacy';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

const screensDir = path.resolve(import.meta.dirname, '../../test-results/screens');

async function newDraft(page: Page, headline: string): Promise<string> {
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.keyboard.insertText(headline);
  await page.getByTestId('body').click();
  return decodeURIComponent(page.url().split('/').pop() ?? '');
}

async function savedDraft(page: Page, id: string): Promise<Draft> {
  const answer = (await page.evaluate(`window.newsdesk.drafts.get({ id: ${JSON.stringify(id)} })`)) as {
    ok: boolean;
    data?: { draft: unknown };
  };
  expect(answer.ok).toBe(true);
  return DraftSchema.parse(answer.data?.draft);
}

/** A real paste event on the focused body, as Word's clipboard has it (HTML and plain text). */
async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await page.evaluate(`(() => {
    const body = document.querySelector('[data-testid="body"]');
    body.focus();
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(${JSON.stringify(data)})) transfer.setData(type, value);
    body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  })()`);
}

async function screenshotBoth(page: Page, testInfo: TestInfo, name: string, target: () => Promise<void>) {
  for (const lang of ['vi', 'en'] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    await target();
    const shot = path.join(screensDir, `${name}-${lang}.png`);
    await page.locator('.draft-main').screenshot({ path: shot });
    await testInfo.attach(`${name}-${lang}.png`, { path: shot, contentType: 'image/png' });
  }
  await page.getByTestId('language-switch').selectOption('vi');
}

const TITLE = 'Thông báo';
const SENTENCE = 'Tổng Bí thư làm việc với UBND tỉnh Đắk Lắk về phát triển vùng Tây Nguyên.';

test('a Word fragment in .VnTime pastes as gibberish, the bar converts it to Unicode in one click (undoable)', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const id = await newDraft(page, 'Văn bản TCVN3 từ tỉnh');
  const caps = encodeTcvn3(TITLE, { caps: true }); // "th«ng b¸o", shown in capitals by .VnTimeH
  const legacy = encodeTcvn3(SENTENCE, { caps: false }); // "Tæng BÝ th­ lµm viÖc…"
  expect(legacy).toContain('Tæng BÝ th\u00ad');
  const html =
    `<html><head><style>p.MsoNormal{margin:0;font-family:"Times New Roman"}</style></head><body>` +
    `<p class=MsoNormal align=center><b><span style='font-size:14pt;font-family:".VnTimeH"'>${caps}</span></b></p>` +
    `<p class=MsoNormal><span style='font-size:13pt;font-family:".VnTime"'>${legacy}</span></p></body></html>`;
  await paste(page, { 'text/html': html, 'text/plain': `${caps}\n${legacy}` });

  const body = page.getByTestId('body');
  await expect(body).toContainText('Tæng BÝ th');
  const bar = page.getByTestId('legacy-bar');
  await expect(bar).toContainText('TCVN3');
  await expect(bar).toContainText('.VnTimeH');
  await screenshotBoth(page, testInfo, 'legacy-bar', () => expect(bar).toBeVisible());

  await page.getByTestId('legacy-convert').click();
  await expect(body).toContainText(SENTENCE);
  await expect(body).toContainText(TITLE.toUpperCase());
  await expect(body.locator('strong, b').first()).toHaveText('THÔNG BÁO'); // the bold run kept its bold
  await expect(body).not.toContainText('BÝ');
  await expect(bar).toContainText('Đã chuyển sang Unicode');

  // One click, one undo step: the legacy text comes back whole, and redo converts it again.
  await page.getByTestId('legacy-undo').click();
  await expect(body).toContainText('Tæng BÝ th');
  await page.getByTestId('redo').click();
  await expect(body).toContainText(SENTENCE);

  await expectSaved(page);
  const draft = await savedDraft(page, id);
  expect(draft.bodyText).toContain(SENTENCE);
  expect(draft.bodyText).toContain('THÔNG BÁO');
  expect(draft.bodyText).toBe(draft.bodyText.normalize('NFC'));
});

test('plain text in VNI is found by its words; the toolbar converts a selection', async ({ app }) => {
  const { page } = app;
  await newDraft(page, 'Văn bản VNI');
  await paste(page, { 'text/plain': 'Toång Bí thö laøm vieäc vôùi UBND tænh' });
  await expect(page.getByTestId('legacy-bar')).toContainText('VNI-Windows');
  await page.getByTestId('legacy-dismiss').click();
  await expect(page.getByTestId('legacy-bar')).toHaveCount(0);

  const body = page.getByTestId('body');
  await body.press('Control+a');
  await page.getByTestId('convert-selection').click();
  await expect(body).toHaveText('Tổng Bí thư làm việc với UBND tỉnh');
});

test('Telex from the toolbar types Vietnamese in the headline and the body; the status line says which mode', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await page.getByTestId('new-draft').click();
  const headline = page.getByTestId('headline');
  const body = page.getByTestId('body');
  const status = page.getByTestId('input-mode-status');
  await headline.click();
  await expect(status).toHaveText('Tắt');

  await page.getByTestId('input-mode').click();
  await expect(status).toHaveText('Telex');
  await expect(page.getByTestId('input-mode')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Tieesng Vieejt');
  await expect(headline).toHaveValue('Tiếng Việt');

  await body.click();
  await page.keyboard.type('Tieesng Vieejt nguyeexn thuowr quoocs giuwx DDawsk Lawsk, email ass');
  await expect(body).toHaveText('Tiếng Việt nguyễn thuở quốc giữ Đắk Lắk, email as');
  await screenshotBoth(page, testInfo, 'input-mode-telex', () => expect(status).toBeVisible());

  // Round the switch: VNI, then off; Alt+Z does the same from the keyboard.
  await page.getByTestId('input-mode').click();
  await expect(status).toHaveText('VNI');
  await page.keyboard.type(' Vie65t');
  await expect(body).toHaveText('Tiếng Việt nguyễn thuở quốc giữ Đắk Lắk, email as Việt');
  await page.getByTestId('input-mode').click();
  await expect(status).toHaveText('Tắt');
  await page.keyboard.type(' Vieejt');
  await expect(body).toContainText('as Việt Vieejt');
  await page.keyboard.press('Alt+z');
  await expect(status).toHaveText('Telex');
  await page.keyboard.press('Alt+z');
  await page.keyboard.press('Alt+z');
  await expect(status).toHaveText('Tắt');

  await expectSaved(page);
  const id = decodeURIComponent(page.url().split('/').pop() ?? '');
  const draft = await savedDraft(page, id);
  expect(draft.headline).toBe('Tiếng Việt');
  expect(draft.bodyText).toContain('Tiếng Việt nguyễn thuở quốc giữ Đắk Lắk');

  // The mode is a setting: it comes back after a reload.
  await page.getByTestId('input-mode').click();
  await expect(status).toHaveText('Telex');
  await page.reload();
  await expect(page.getByTestId('input-mode-status')).toHaveText('Telex');
  await page.getByTestId('input-mode').click();
  await page.getByTestId('input-mode').click();
  await expect(page.getByTestId('input-mode-status')).toHaveText('Tắt');
});
