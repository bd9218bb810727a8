import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import sharp from 'sharp';
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

  await page.getByTestId('lead').click();
  await page.keyboard.type('Thanhf phoos Caanf Thow');
  await expect(page.getByTestId('lead')).toHaveValue('Thành phố Cần Thơ');

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

/**
 * A JPEG whose IPTC-IIM caption (2:120) holds `caption` byte for byte, as an old camera or archive
 * wrote it: an APP13 "Photoshop 3.0" segment with one 8BIM 0x0404 resource, right after SOI.
 */
async function jpegWithIptcCaption(caption: Buffer): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#4a6b8a' } })
    .jpeg()
    .toBuffer();
  const dataset = (id: number, value: Buffer) =>
    Buffer.concat([Buffer.from([0x1c, 0x02, id, value.length >> 8, value.length & 0xff]), value]);
  const iptc = Buffer.concat([dataset(0, Buffer.from([0, 4])), dataset(120, caption)]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iptc.length);
  const padding = Buffer.alloc(iptc.length % 2); // resource data is padded to an even length
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), size, iptc, padding]);
  const payload = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
  const header = Buffer.from([0xff, 0xed, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}

test('a photo whose IPTC caption is TCVN3 offers the conversion at the photo desk', async ({ app }, testInfo) => {
  const { page } = app;
  // Capitals without tones only: TCVN3 outside a caps font has no others, and IPTC names no font.
  const caption = 'Cầu Cần Thơ lúc hoàng hôn ngày 14/10. Nguyễn Văn Hiếu chụp';
  const file = testInfo.outputPath('tcvn3-caption.jpg');
  await writeFile(file, await jpegWithIptcCaption(Buffer.from(encodeTcvn3(caption, { caps: false }), 'latin1')));
  await newDraft(page, 'Ảnh cũ');
  await page.getByTestId('open-photos').click();
  const desk = page.getByTestId('photo-desk');
  await desk.getByTestId('photo-file-input').setInputFiles(file);
  await expect(desk.getByTestId('photo-tile')).toHaveCount(1, { timeout: 30_000 });
  await desk.getByTestId('photo-tile').click();
  await expect(page.getByTestId('photo-caption')).toHaveValue(/CÇu CÇn Th¬ .* NguyÔn V¨n HiÕu/);
  await expect(page.getByTestId('caption-legacy')).toContainText('TCVN3');

  await page.getByTestId('caption-legacy-convert').click();
  await expect(page.getByTestId('photo-caption')).toHaveValue(caption);
  await expect(page.getByTestId('photo-save-status')).toHaveText(/Đã lưu|Saved/);
  await page.getByTestId('caption-legacy-undo').click();
  await expect(page.getByTestId('photo-caption')).toHaveValue(/NguyÔn V¨n HiÕu/);

  // Placed in the body, the photo's caption is a field inside the editor: Telex types there once.
  await page.getByTestId('caption-legacy-convert').click();
  await page.getByTestId('place-photo').click();
  const nodeCaption = page.getByTestId('body').getByTestId('node-caption');
  await expect(nodeCaption).toHaveValue(caption);
  await page.getByTestId('input-mode').click();
  await expect(page.getByTestId('input-mode-status')).toHaveText('Telex');
  await nodeCaption.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' vaof dduwowngf');
  await expect(nodeCaption).toHaveValue(`${caption} vào đường`);
});

test('with Telex on, a system input method still types exactly: nothing is rewritten under its composition', async ({
  app,
}) => {
  const { page } = app;
  const cdp = await page.context().newCDPSession(page);
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.getByTestId('input-mode').click();
  await expect(page.getByTestId('input-mode-status')).toHaveText('Telex');
  // What a system Telex IME does for "Việt": an underlined preedit rewritten in place, then committed.
  const composeViet = async () => {
    for (const text of ['V', 'Vi', 'Vie', 'Vie\u0302', 'Vie\u0302\u0323', 'Vie\u0302\u0323t'])
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await cdp.send('Input.insertText', { text: 'Vie\u0302\u0323t' });
  };
  await composeViet();
  await page.keyboard.type(' Nam');
  await expect(page.getByTestId('headline')).toHaveValue('Việt Nam');

  await page.getByTestId('body').click();
  await composeViet();
  await page.keyboard.type(' Nam');
  await expect(page.getByTestId('body')).toHaveText('Việt Nam');
  await expectSaved(page);
});

test('Settings → Vietnamese input: VNI with old-style tones types "hòa" in the headline', async ({ app }, testInfo) => {
  const { page } = app;
  await page.getByTestId('open-settings').click();
  const section = page.getByTestId('typing-settings');
  await section.getByTestId('typing-mode').selectOption('vni');
  await section.getByTestId('typing-placement-old').check();
  await expect(section.getByRole('status')).toHaveText('Đã lưu');
  for (const lang of ['vi', 'en'] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    const shot = path.join(screensDir, `typing-settings-${lang}.png`);
    await section.screenshot({ path: shot });
    await testInfo.attach(`typing-settings-${lang}.png`, { path: shot, contentType: 'image/png' });
  }
  await page.getByTestId('language-switch').selectOption('vi');

  await page.getByTestId('back').click();
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await expect(page.getByTestId('input-mode-status')).toHaveText('VNI');
  await page.keyboard.type('hoa2 thuy3 Vie65t');
  await expect(page.getByTestId('headline')).toHaveValue('hòa thủy Việt');
});
