import { readFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { formatWordList, parseWordList } from '../../shared/text/spelling/wordList';
import { backToList, expectSaved, rowOf } from './drafting';
import { expect, test } from './fixtures';
import { expectMarked, marked, startStory } from './spellingMarks';

/**
 * Settings → Spelling: the desk's outlet list imported from its plain text file stops its words
 * being flagged, exported it reads back as the same list, a wrong file is refused with words,
 * and the switch takes the underlines away at once in an open story.
 */
const screensDir = path.resolve(import.meta.dirname, '../../test-results/screens');
const exampleList = path.resolve(import.meta.dirname, '../../docs/spelling/outlet-words.txt');
const HEADLINE = 'Mưa lớn ở Đắk Lắk';
const BODY = 'Phóng viên NSMT đưa tin từ Đắk Lắk: mưa lớn kéo dài.';

test('the outlet list: imported from the example file, NSMT is no longer flagged; exported, it is the same list', async ({
  app,
}) => {
  const { page } = app;
  const entries = parseWordList(await readFile(exampleList, 'utf8'));
  await startStory(page, HEADLINE, BODY);
  await expect.poll(() => marked(page), { timeout: 15_000 }).toContain('NSMT');
  await expectSaved(page);
  await backToList(page);

  await page.getByTestId('open-settings').click();
  const section = page.getByTestId('spelling-settings');
  await expect(section.getByTestId('outlet-count')).toHaveText('Danh sách có 0 mục.');
  await expect(section.getByTestId('outlet-export')).toBeDisabled();
  // Import replaces the list unless "add" is chosen; the page says which.
  await expect(section.getByTestId('outlet-mode-replace')).toBeChecked();
  await section.getByTestId('outlet-import').setInputFiles(exampleList);
  await expect(section.getByTestId('outlet-import-note')).toContainText(
    `Danh sách đã được thay bằng ${entries.length} mục từ outlet-words.txt.`,
  );
  await expect(section.getByTestId('outlet-count')).toHaveText(`Danh sách có ${entries.length} mục.`);
  await expect(section.getByTestId('spelling-save-status')).toHaveText('Đã lưu');

  await mkdir(screensDir, { recursive: true });
  await section.getByText('Xem các mục').click();
  await section.screenshot({ path: path.join(screensDir, 'settings-spelling-vi.png') });
  await page.getByTestId('language-switch').selectOption('en');
  await expect(section.getByTestId('outlet-count')).toHaveText(`${entries.length} entries in the list.`);
  await section.screenshot({ path: path.join(screensDir, 'settings-spelling-en.png') });

  // Export: the file the desk shares holds exactly the list.
  const download = page.waitForEvent('download');
  await section.getByTestId('outlet-export').click();
  const exported = await readFile(await (await download).path(), 'utf8');
  expect((await download).suggestedFilename()).toBe('newsdesk-outlet-words.txt');
  expect(exported).toBe(
    formatWordList(entries, 'Newsdesk outlet word list: one entry a line; lines starting with # are comments.'),
  );
  expect(parseWordList(exported).sort()).toEqual([...entries].sort());
  await page.getByTestId('language-switch').selectOption('vi');

  // The story written before the import: NSMT and Đắk Lắk are the desk's words now.
  await page.getByTestId('back').click();
  await rowOf(page, HEADLINE).click();
  await expect(page.getByTestId('body')).toHaveText(BODY);
  await page.getByTestId('body').click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(' Tin từ Sacombankk.');
  await expectMarked(page, ['Sacombankk']);
});

test('a file that is not a word list is refused with what to do, and the list stays as it was', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('open-settings').click();
  const section = page.getByTestId('spelling-settings');
  const input = section.getByTestId('outlet-import');
  await input.setInputFiles({ name: 'list.txt', mimeType: 'text/plain', buffer: Buffer.from('NSMT\nUBND\n') });
  await expect(section.getByTestId('outlet-count')).toHaveText('Danh sách có 2 mục.');

  // A Word document chosen by mistake.
  const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  await input.setInputFiles({ name: 'danh-sach.doc', mimeType: 'application/msword', buffer: doc });
  const problem = section.getByTestId('outlet-import-problem');
  await expect(problem).toContainText(
    'danh-sach.doc không phải văn bản thuần. Hãy lưu danh sách dưới dạng văn bản thuần UTF-8',
  );
  await expect(problem).toContainText('Danh sách chưa bị thay đổi.');
  await page.getByTestId('language-switch').selectOption('en');
  await expect(problem).toContainText('danh-sach.doc is not plain text. Save the list as plain text in UTF-8');
  await page.getByTestId('language-switch').selectOption('vi');

  // "Add to the list": only the new entries are added.
  await section.getByTestId('outlet-mode-merge').check();
  await input.setInputFiles({ name: 'more.txt', mimeType: 'text/plain', buffer: Buffer.from('# more\nUBND\nTTXVN\n') });
  await expect(section.getByTestId('outlet-import-note')).toContainText(
    'Đã thêm 1 mục mới từ more.txt; danh sách giờ có 3 mục.',
  );
  await expect(section.getByTestId('outlet-count')).toHaveText('Danh sách có 3 mục.');
  await page.reload();
  await expect(section.getByTestId('outlet-count')).toHaveText('Danh sách có 3 mục.');
});

test('my dictionary: a word is added and removed here; one the shared file could not hold is refused with words', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('open-settings').click();
  const section = page.getByTestId('spelling-settings');
  const word = section.getByTestId('personal-word');
  await word.fill('C#');
  await section.getByTestId('personal-add').click();
  await expect(section.getByTestId('spelling-save-status')).toHaveText(
    'Chưa lưu: “C#” có dấu #, là dấu mở đầu ghi chú trong tệp dùng chung. Hãy bỏ dấu #.',
  );
  await expect(section.getByTestId('personal-entry')).toHaveCount(0);

  for (const added of ['Sacombank', 'Vietcombank']) {
    await word.fill(added);
    await section.getByTestId('personal-add').click();
    await expect(section.getByTestId('personal-entry').filter({ hasText: added })).toBeVisible();
  }
  await expect(section.getByTestId('personal-count')).toHaveText('2 từ.');
  await section.getByRole('button', { name: 'Xoá Sacombank khỏi từ điển của tôi' }).click();
  await expect(section.getByTestId('personal-entry')).toHaveText(['Vietcombank']);
  await page.reload();
  await expect(section.getByTestId('personal-entry')).toHaveText(['Vietcombank']);
  await page.getByTestId('language-switch').selectOption('en');
  await expect(section.getByTestId('personal-count')).toHaveText('1 word.');
});

test('switching spelling off takes the underlines away at once in an open story, and back on brings them', async ({
  app,
}) => {
  const { page } = app;
  await startStory(page, 'Tin trong ngày', 'Theo ông Sáu Khởii, nước đã rút.');
  await expectMarked(page, ['Khởii']);
  await expectSaved(page);

  // Settings in a second tab; the story stays open in the first.
  const settings = await page.context().newPage();
  // The web host's token lives in the first tab's sessionStorage; the second one is given it in its address.
  const token = await page.evaluate<string>(`sessionStorage.getItem('newsdesk.token') ?? ''`);
  await settings.goto(`${new URL(page.url()).origin}/?token=${token}`);
  await settings.getByTestId('open-settings').click();
  const toggle = settings.getByTestId('spelling-enabled');
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(settings.getByTestId('spelling-enabled-state')).toHaveText(
    'Đang tắt: không kiểm tra và không gạch chân gì, trong mọi bài.',
  );
  await expectMarked(page, []);
  await settings.reload();
  await expect(settings.getByTestId('spelling-enabled')).not.toBeChecked();

  // Off survives a reload of the story too; on again, the checker marks what it finds.
  await page.reload();
  await expect(page.getByTestId('body')).toContainText('Khởii');
  await page.getByTestId('body').click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(' Tin từ Sacombankk.');
  await expectSaved(page);
  await settings.getByTestId('spelling-enabled').check();
  await expect(settings.getByTestId('spelling-save-status')).toHaveText('Đã lưu');
  await expectMarked(page, ['Khởii', 'Sacombankk']);
});
