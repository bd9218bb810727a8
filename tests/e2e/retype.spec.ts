import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { storyWordCount } from '../../shared/article/storyWords';
import { readReferenceArticle } from '../support/reference';
import { photosDir } from '../support/reference';
import type { RetypeMethod } from '../support/unikeyRetype';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';
import { countSaves, draftIdOf, FIRST_PARAGRAPH, retype, type Commit } from './retyping';

/**
 * Unikey and EVKey in their default mode do not compose: they send the bare letters, and for a
 * tone or shape key Backspace × n and the recomposed end of the syllable. Every field must end up
 * with exactly the text meant — in NFC, nothing lost or doubled, the caret at the end — with the
 * spellchecker, the word count and autosave running (their defaults: nothing is turned off here).
 */

const reference = readReferenceArticle();

async function openNewDraft(page: Page): Promise<void> {
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  // The app's own Telex/VNI stays off: the system input method does the typing.
  await expect(page.getByTestId('input-mode-status')).toHaveText('Tắt');
}

async function savedBody(page: Page): Promise<string> {
  const answer = (await page.evaluate(`window.newsdesk.drafts.get({ id: ${JSON.stringify(draftIdOf(page))} })`)) as {
    data: { draft: { bodyText: string } };
  };
  return answer.data.draft.bodyText;
}

const BODY_CASES: { method: RetypeMethod; commit: Commit; extra: string }[] = [
  { method: 'telex', commit: 'insertText', extra: ' nhiều' },
  { method: 'vni', commit: 'keys', extra: ' Việt' },
  { method: 'telex', commit: 'burst', extra: ' chiều' },
];

/** The spellchecker is on (the default) and marks these words in the body right now. */
async function expectChecked(page: Page, words: string[]): Promise<void> {
  const answer = (await page.evaluate('window.newsdesk.settings.get({})')) as {
    data: { settings: { spelling: { enabled: boolean } } };
  };
  expect(answer.data.settings.spelling.enabled).toBe(true);
  const marked = `[...(CSS.highlights.get('newsdesk-misspelt') ?? [])].map((range) => String(range))`;
  await expect.poll(() => page.evaluate<string[]>(marked)).toEqual(words);
}

for (const { method, commit, extra } of BODY_CASES) {
  test(`the body typed through ${method} backspace-and-retype (${commit}) keeps the paragraph exactly; undo takes back a word`, async ({
    app,
  }) => {
    const { page } = app;
    await openNewDraft(page);
    await page.keyboard.insertText('Họp mặt kỷ niệm ngày truyền thống công tác dân vận');
    const body = page.getByTestId('body');
    await body.click();
    const saves = await countSaves(page);
    await retype(page, FIRST_PARAGRAPH, method, commit);
    await expect(body).toHaveText(FIRST_PARAGRAPH);
    // The word count followed the retyping; autosave stored while the words were coming in.
    const words = storyWordCount(null, FIRST_PARAGRAPH);
    await expect(page.getByTestId('word-count')).toHaveText(new RegExp(`^${words} chữ`));
    expect(await saves()).toBeGreaterThan(0);
    await expectChecked(page, []);

    // The caret stayed at the end: one more word lands there.
    await retype(page, extra, method, commit);
    await expect(body).toHaveText(FIRST_PARAGRAPH + extra);

    // Undo goes back a word at a time, not a keystroke or a recomposition at a time.
    await page.keyboard.press('Control+z');
    await expect(body).toHaveText(FIRST_PARAGRAPH);
    await page.keyboard.press('Control+z');
    await expect(body).toHaveText(FIRST_PARAGRAPH.replace(/ Đảng\.$/, ''));
    await page.keyboard.press('Control+y');
    await expect(body).toHaveText(FIRST_PARAGRAPH);

    // A word that ends in a recomposition is saved with it, and comes back after a reload.
    await page.keyboard.press('End');
    await retype(page, extra, method, commit);
    await expect(body).toHaveText(FIRST_PARAGRAPH + extra);
    await expectSaved(page);
    expect(await savedBody(page)).toBe(FIRST_PARAGRAPH + extra);
    await page.reload();
    await expect(page.getByTestId('body')).toHaveText(FIRST_PARAGRAPH + extra);
    await expectChecked(page, []);
  });
}

/** A field of the story, the sentence typed into it, and how the input method sends it. */
interface FieldCase {
  testId: string;
  text: string;
  method: RetypeMethod;
  commit: Commit;
}

const STORY_FIELDS: FieldCase[] = [
  { testId: 'headline', text: reference.headline, method: 'telex', commit: 'insertText' },
  {
    testId: 'subheadline',
    text: 'Hệ thống dân vận các cấp chủ động tham mưu cho cấp ủy',
    method: 'vni',
    commit: 'burst',
  },
  {
    testId: 'lead',
    text: 'Trải qua 94 năm đồng hành cùng lịch sử cách mạng dân tộc, công tác vận động quần chúng luôn được coi trọng.',
    method: 'telex',
    commit: 'keys',
  },
  { testId: 'related-title', text: 'Bí thư Thành ủy tặng Kỷ niệm chương', method: 'vni', commit: 'insertText' },
  { testId: 'related-teaser', text: 'Thấm nhuần ý nghĩa và trách nhiệm lớn đó', method: 'telex', commit: 'burst' },
];
const EXTRA = ' Đắk Lắk';

/** Types the case into its field, then one more word at the caret; the field shows both, exactly. */
async function retypeField(page: Page, field: Locator, { text, method, commit }: Omit<FieldCase, 'testId'>) {
  await field.click();
  await page.keyboard.press('End');
  await retype(page, text, method, commit);
  await expect(field).toHaveValue(text);
  await retype(page, EXTRA, method, commit);
  await expect(field).toHaveValue(text + EXTRA);
}

test('headline, subheadline, lead and a related link typed through backspace-and-retype keep their text exactly', async ({
  app,
}) => {
  // Every field re-renders the story on each key; five fields of keys take a while on a busy box.
  test.setTimeout(300_000);
  const { page } = app;
  await openNewDraft(page);
  await page.getByTestId('related-url').fill('https://example.vn/dan-van.html');
  await page.getByTestId('add-related').click();
  await page.getByTestId('related-title').fill('');
  const saves = await countSaves(page);
  for (const { testId, ...typed } of STORY_FIELDS) await retypeField(page, page.getByTestId(testId), typed);
  expect(await saves()).toBeGreaterThan(0);

  await expectSaved(page);
  await page.reload();
  for (const { testId, text } of STORY_FIELDS) {
    await expect(page.getByTestId(testId)).toHaveValue(text + EXTRA);
    expect(text).toBe(text.normalize('NFC'));
  }
});

test('a photo caption typed through backspace-and-retype, on the photo desk and placed in the story, is kept exactly', async ({
  app,
}) => {
  const { page } = app;
  await openNewDraft(page);
  await page.keyboard.insertText('Họp mặt kỷ niệm ngày truyền thống công tác dân vận');
  await page.getByTestId('open-photos').click();
  const desk = page.getByTestId('photo-desk');
  await desk.getByTestId('photo-file-input').setInputFiles(path.join(photosDir, 'Landscape_6.jpg'));
  await expect(desk.getByTestId('photo-tile')).toHaveCount(1, { timeout: 30_000 });
  await desk.getByTestId('photo-tile').click();
  const deskCaption = page.getByTestId('photo-caption');
  await deskCaption.fill('');
  const caption = reference.paragraphs.find((p) => p.startsWith('Bí thư Thành ủy'))!;
  await retypeField(page, deskCaption, { text: caption, method: 'telex', commit: 'burst' });
  await deskCaption.blur();
  await expect(page.getByTestId('photo-save-status')).toHaveText(/Đã lưu|Saved/);

  // Placed in the body, the photo's caption is a field inside the editor: typed afresh there.
  await page.getByTestId('place-photo').click();
  const nodeCaption = page.getByTestId('body').getByTestId('node-caption');
  await expect(nodeCaption).toHaveValue(caption + EXTRA);
  await nodeCaption.fill('');
  await expectSaved(page);
  const placed = 'Các đại biểu dự họp mặt kỷ niệm 94 năm ngày truyền thống công tác dân vận của Đảng.';
  await retypeField(page, nodeCaption, { text: placed, method: 'vni', commit: 'keys' });
  await expectSaved(page);

  await page.reload();
  await expect(page.getByTestId('body').getByTestId('node-caption')).toHaveValue(placed + EXTRA);
  await page.getByTestId('open-photos').click();
  await page.getByTestId('photo-tile').click();
  await expect(page.getByTestId('photo-caption')).toHaveValue(placed + EXTRA);
});

test('undo goes back a word at a time also for plain typing and the built-in Telex', async ({ app }) => {
  const { page } = app;
  await openNewDraft(page);
  await page.keyboard.insertText('Mưa lớn ở miền Tây');
  const body = page.getByTestId('body');
  await body.click();
  // Typed without a pause: Lexical alone made the whole run one step.
  await page.keyboard.type('Mưa lớn ở miền Tây.');
  await page.keyboard.press('Control+z');
  await expect(body).toHaveText('Mưa lớn ở miền');
  await page.keyboard.press('Control+z');
  await expect(body).toHaveText('Mưa lớn ở');

  await page.getByTestId('input-mode').click();
  await expect(page.getByTestId('input-mode-status')).toHaveText('Telex');
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Tieesng Vieejt');
  await expect(body).toHaveText('Mưa lớn ở Tiếng Việt');
  await page.keyboard.press('Control+z');
  await expect(body).toHaveText('Mưa lớn ở Tiếng');
  // The built-in Telex's last rewrite is an edit too: saved as typed.
  await page.keyboard.type(' Vieejt');
  await expectSaved(page);
  expect(await savedBody(page)).toBe('Mưa lớn ở Tiếng Việt');
});
