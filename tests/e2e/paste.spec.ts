import type { Page } from '@playwright/test';
import { articleFromDraft } from '../../shared/article/article';
import { DraftSchema, type Draft } from '../../shared/article/draft';
import { articleToHtml } from '../../shared/export/html';
import { articleToNinjs } from '../../shared/export/ninjs';
import { bodyProblems, exportHtmlProblems, ninjsProblems } from '../support/pasteChecks';
import { GOOGLE_DOCS_HTML, WORD_HTML } from '../support/pasteFixtures';
import { XSS_HTML, XSS_LEXICAL } from '../support/xssCorpus';
import { expectSaved } from './drafting';
import { expect, test } from './fixtures';

type Clipboard = Record<string, string>;

/** The sentinel every payload aims at: `window.__xss` stays undefined unless something ran. */
const SENTINEL = `window.__xss = undefined; window.__xssHit = () => { window.__xss = 1; };`;

async function newDraft(page: Page, headline: string): Promise<string> {
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.keyboard.insertText(headline);
  await page.getByTestId('body').click();
  await page.evaluate(SENTINEL);
  return decodeURIComponent(page.url().split('/').pop() ?? '');
}

/** Real paste events, one per clipboard, on the focused body; a tick between them as a person would leave. */
async function pasteAll(page: Page, clipboards: Clipboard[]): Promise<void> {
  await page.evaluate(`(async (clipboards) => {
    const body = document.querySelector('[data-testid="body"]');
    for (const data of clipboards) {
      body.focus();
      const transfer = new DataTransfer();
      for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
      body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  })(${JSON.stringify(clipboards)})`);
}

async function savedDraft(page: Page, id: string): Promise<Draft> {
  const answer = (await page.evaluate(`window.newsdesk.drafts.get({ id: ${JSON.stringify(id)} })`)) as {
    ok: boolean;
    data?: { draft: unknown };
  };
  expect(answer.ok).toBe(true);
  return DraftSchema.parse(answer.data?.draft);
}

/** What the live editor shows: any element or attribute a pasted body must never have. */
const LIVE_DOM_PROBLEMS = `(() => {
  const problems = [];
  const body = document.querySelector('[data-testid="body"]');
  for (const el of body.querySelectorAll('*')) {
    if (el.closest('[data-testid="captioned-photo"]')) continue;
    if (/^(SCRIPT|IFRAME|OBJECT|EMBED|SVG|MATH|FORM|META|BASE|STYLE|LINK|IMG|TEMPLATE|NOSCRIPT|INPUT|BUTTON)$/i.test(el.tagName)) problems.push('tag ' + el.tagName);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name) || attr.name === 'srcdoc' || attr.name === 'formaction') problems.push(el.tagName + '[' + attr.name + ']');
      if (attr.name === 'style' && attr.value.trim() !== '') problems.push(el.tagName + ' style=' + attr.value);
      if (attr.name === 'href' && !/^(https?:\\/\\/[^/]|mailto:.+@)/i.test(attr.value)) problems.push('href ' + attr.value);
    }
  }
  return problems;
})()`;

/**
 * Renders markup in a blank page with no Content-Security-Policy (the app's own CSP would stop
 * inline scripts anyway): here any script or handler that survived would really run.
 */
async function runsScript(page: Page, html: string): Promise<unknown> {
  const probe = await page.context().newPage();
  try {
    await probe.setContent(`<script>${SENTINEL}</script>${html}`);
    await probe.waitForTimeout(300);
    return await probe.evaluate('window.__xss');
  } finally {
    await probe.close();
  }
}

const corpora: [string, Clipboard[]][] = [
  ['text/html', XSS_HTML.map((html) => ({ 'text/html': html, 'text/plain': 'plain fallback' }))],
  [
    'application/x-lexical-editor',
    XSS_LEXICAL.map((json) => ({ 'application/x-lexical-editor': json, 'text/plain': 'plain fallback' })),
  ],
];

test('the probe page does run a script that reaches it (the sentinel works)', async ({ app }) => {
  expect(
    await runsScript(
      app.page,
      XSS_HTML.find((p) => p.startsWith('<img src=x onerror='))!,
    ),
  ).toBe(1);
});

for (const [type, clipboards] of corpora) {
  test(`${clipboards.length} hostile ${type} pastes: nothing runs, nothing dangerous is kept or exported`, async ({
    app,
  }) => {
    const { page } = app;
    const id = await newDraft(page, `Dán ${type}`);
    expect(clipboards.length).toBeGreaterThanOrEqual(200);
    await pasteAll(page, clipboards);
    await expectSaved(page);
    await page.waitForTimeout(500);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(await page.evaluate(LIVE_DOM_PROBLEMS)).toEqual([]);

    const draft = await savedDraft(page, id);
    // The pastes did land (a handler that swallowed them would pass every check below).
    expect(draft.bodyText.length).toBeGreaterThan(1000);
    expect(bodyProblems(draft.body)).toEqual([]);
    const article = articleFromDraft(draft);
    const html = articleToHtml(article);
    expect(exportHtmlProblems(html)).toEqual([]);
    expect(ninjsProblems(articleToNinjs(article))).toEqual([]);
    // Shown without the app's CSP, neither the export nor the editor's own markup runs anything.
    expect(await runsScript(page, html)).toBeUndefined();
    expect(await runsScript(page, await page.getByTestId('body').innerHTML())).toBeUndefined();

    // The preview renders the same body as readers would see it: still nothing runs.
    await page.getByTestId('open-preview').click();
    await expect(page.getByTestId('preview-body')).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(await runsScript(page, await page.getByTestId('preview').innerHTML())).toBeUndefined();
  });
}

test('Word and Google Docs keep subhead, bold, italic, list and link; decomposed Vietnamese is stored in NFC', async ({
  app,
}) => {
  const { page } = app;
  const id = await newDraft(page, 'Dán từ Word và Google Docs');
  const body = page.getByTestId('body');
  const nfd = 'Cần Thơ'.normalize('NFD');
  expect(nfd).not.toBe('Cần Thơ');
  for (const html of [WORD_HTML, GOOGLE_DOCS_HTML]) {
    // Each source into an empty body (pasted at the end of a paragraph, a subhead would join it).
    await body.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await pasteAll(page, [{ 'text/html': html, 'text/plain': 'fallback' }]);
    await expect(body.locator('h2')).toHaveText('Nước về đồng');
    await expect(body.locator('strong, b')).toHaveText('sớm hơn');
    await expect(body.locator('em, i')).toHaveText('cá linh');
    await expect(body.locator('li')).toHaveText(['Cá linh non', 'Bông điên điển']);
    await expect(body.locator('a')).toHaveAttribute('href', 'https://example.vn/mua-nuoc-noi.html');
    await expect(body.locator('a')).toHaveText('trang chuyên đề');
    await expect(body).not.toContainText('·');
    await expect(body).not.toContainText('fallback');
    expect(await page.evaluate(LIVE_DOM_PROBLEMS)).toEqual([]);
  }
  await page.keyboard.press('ControlOrMeta+End');
  await pasteAll(page, [{ 'text/plain': `Tin từ ${nfd}` }]);
  await expect(body).toContainText('Tin từ Cần Thơ');
  await expectSaved(page);

  const draft = await savedDraft(page, id);
  expect(bodyProblems(draft.body)).toEqual([]);
  expect(draft.bodyText).toContain('Tin từ Cần Thơ');
  expect(JSON.stringify(draft.body)).not.toContain(nfd);
  expect(articleToHtml(articleFromDraft(draft), { lead: false, byline: false })).toContain(
    '<h2>Nước về đồng</h2>\n<p>Mùa nước nổi năm nay đến <strong>sớm hơn</strong> mọi năm, <em>cá linh</em> đã về.</p>\n<ul><li>Cá linh non</li><li>Bông điên điển</li></ul>\n<p>Xem thêm tại <a href="https://example.vn/mua-nuoc-noi.html">trang chuyên đề</a>.</p>',
  );
});

test('plain text with blank lines between paragraphs pastes as one paragraph per block, no empty ones', async ({
  app,
}) => {
  const { page } = app;
  const id = await newDraft(page, 'Dán văn bản thô có dòng trống');
  // ~48 KB of wire copy: 230 paragraphs, a blank line (sometimes two, or spaces) between them.
  const paragraphs = Array.from(
    { length: 230 },
    (_, i) =>
      `Đoạn ${i + 1}: mưa lớn kéo dài ở Cà Mau khiến nhiều tuyến đường ngập sâu, người dân phải dùng xuồng để đi lại trong khi lực lượng chức năng tiếp tục hỗ trợ di dời tài sản và hàng hoá.`,
  );
  const text = paragraphs.map((p, i) => (i % 7 === 3 ? `${p}\r\n \r\n\r\n` : `${p}\n\n`)).join('');
  expect(text.length).toBeGreaterThan(40_000);
  await pasteAll(page, [{ 'text/plain': text }]);

  const body = page.getByTestId('body');
  await expect(body.locator('p')).toHaveCount(230);
  await expect(body.locator('p').first()).toHaveText(paragraphs[0]!);
  await expect(body.locator('p').last()).toHaveText(paragraphs[229]!);
  // No paragraph is empty (a blank line used to become one: 227 of 461 for 48 KB).
  expect(await body.locator('p').evaluateAll((ps) => ps.filter((p) => p.textContent?.trim() === '').length)).toBe(0);

  await expectSaved(page);
  const draft = await savedDraft(page, id);
  expect(draft.bodyText.split('\n\n')).toEqual(paragraphs);
  for (const language of ['vi', 'en']) {
    await page.getByTestId('language-switch').selectOption(language);
    await page.screenshot({ path: `test-results/screens/paste-plain-${language}.png` });
  }
});
