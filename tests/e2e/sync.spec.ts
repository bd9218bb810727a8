import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { startFaultProxy, type FaultProxy } from '../support/faultProxy';
import { photosDir } from '../support/reference';
import { basicAuth, startWordPress, type WordPress } from '../support/wordpress';
import { backToList, expectSaved, rowOf } from './drafting';
import { expect, test } from './fixtures';

/**
 * Sending from the desk to a real WordPress (one instance for this file), logged in as the
 * Author the reporter is: the target set up in Settings → Targets, Test connection, a finished
 * story with a photo sent, its status followed to "sent" with the link, the post read back
 * through the REST API; and a newsroom that stops answering, then comes back.
 */

let wp: WordPress;
let wpDir: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  wpDir = await mkdtemp(path.join(tmpdir(), 'newsdesk-e2e-wp-'));
  wp = await startWordPress({ dir: wpDir });
});

test.afterAll(async () => {
  await wp?.stop();
  await rm(wpDir, { recursive: true, force: true });
});

async function shoot(target: Page | Locator, name: string, testInfo: TestInfo): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await target.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

/** Settings → Targets → Add: a WordPress site with the Author's Application Password. */
async function addWordPressTarget(page: Page, name: string, url: string): Promise<Locator> {
  await page.getByTestId('open-settings').click();
  const section = page.getByTestId('targets-section');
  await section.getByTestId('target-add').click();
  const form = section.getByTestId('target-form');
  await form.getByTestId('target-kind').selectOption('wordpress');
  await form.getByTestId('target-name').fill(name);
  await form.getByTestId('target-url').fill(url);
  await form.getByTestId('target-username').fill(wp.users.author.username);
  await form.getByTestId('target-secret').fill(wp.users.author.appPassword);
  await form.getByTestId('target-save').click();
  await expect(form).toHaveCount(0);
  const item = section.getByTestId('target-item').filter({ hasText: name });
  await expect(item.getByTestId('target-secret')).toHaveText('Đã nhớ mật khẩu trong phiên làm việc này');
  return item;
}

/** A "Tin vắn" with section, dateline, lead, body, byline and one captioned photo, marked finished. */
async function finishedStory(page: Page, headline: string): Promise<void> {
  await page.getByTestId('new-draft-template').selectOption('tin-van');
  await page.getByTestId('new-draft').click();
  await page.getByTestId('headline').click();
  await page.keyboard.insertText(headline);
  await page.getByTestId('section').click();
  await page.keyboard.insertText('Thời sự');
  await page.getByTestId('dateline-place').click();
  await page.keyboard.insertText('Cần Thơ');
  await page.getByTestId('lead').click();
  await page.keyboard.insertText('Sáng 16/11, hội chợ nông sản mở cửa tại bến Ninh Kiều.');
  await page.getByTestId('body').click();
  await page.keyboard.insertText('Hơn 200 gian hàng của 13 tỉnh, thành Đồng bằng sông Cửu Long.');
  await page.getByTestId('byline-input').first().click();
  await page.keyboard.insertText('Thảo Nguyên');

  await page.getByTestId('open-photos').click();
  const desk = page.getByTestId('photo-desk');
  await desk.getByTestId('photo-file-input').setInputFiles(path.join(photosDir, 'Landscape_6.jpg'));
  await expect(desk.getByTestId('photo-tile')).toHaveCount(1);
  await desk.getByTestId('photo-tile').click();
  await page.getByTestId('photo-caption').fill('Gian hàng nông sản bên bến Ninh Kiều');
  await page.getByTestId('photo-credit').fill('Thảo Nguyên');
  await page.getByTestId('photo-alt').fill('Người dân tham quan các gian hàng nông sản');
  await expect(page.getByTestId('photo-save-status')).toHaveText(/Đã lưu/);
  await page.getByTestId('body').click();
  await page.keyboard.press('End');
  await desk.getByTestId('photo-tile').click();
  await page.getByTestId('place-photo').click();
  await expect(page.getByTestId('body').getByTestId('captioned-photo')).toHaveCount(1);
  await desk.getByTestId('close-photos').click();
  await expectSaved(page);

  await page.getByTestId('finish').click();
  await expect(page.getByTestId('finish-mark')).toBeEnabled();
  await page.getByTestId('finish-mark').click();
  await expect(page.getByTestId('draft-status')).toHaveText('Hoàn tất');
  await page.getByTestId('finish').click();
}

/** The Author's posts at the site whose title is `headline`, read back through the REST API. */
async function postsTitled(headline: string): Promise<{ id: number; link: string; categories: number[] }[]> {
  const query = new URLSearchParams({ search: headline, status: 'draft,pending,publish', context: 'edit' });
  const answer = await fetch(`${wp.restBase}/wp/v2/posts?${query}`, {
    headers: { Authorization: basicAuth(wp.users.author) },
  });
  expect(answer.status).toBe(200);
  const posts = (await answer.json()) as { id: number; link: string; categories: number[]; title: { raw: string } }[];
  return posts.filter((post) => post.title.raw === headline);
}

test('a WordPress target, Test connection, a finished story with a photo sent once, with its link', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const item = await addWordPressTarget(page, 'Báo Người Sài Gòn', wp.url);
  await item.getByTestId('target-test').click();
  const checks = item.getByTestId('target-check');
  await expect(checks).toHaveCount(5);
  for (const code of ['reachable', 'credentials', 'can_upload', 'can_create', 'categories'])
    await expect(item.locator(`[data-testid="target-check"][data-code="${code}"]`)).toHaveAttribute('data-ok', 'true');
  await expect(item.locator('[data-code="categories"]')).toContainText('Thời sự');
  await shoot(page, 'settings-targets-vi', testInfo);
  await page.getByTestId('language-switch').selectOption('en');
  await expect(item.locator('[data-code="credentials"]')).toContainText('The password is accepted');
  await shoot(page, 'settings-targets-en', testInfo);
  await page.getByTestId('language-switch').selectOption('vi');
  await page.getByTestId('back').click();

  const headline = 'Cần Thơ khai mạc hội chợ nông sản';
  await finishedStory(page, headline);
  await page.getByTestId('open-sync').click();
  const panel = page.getByTestId('sync-panel');
  await expect(panel.getByTestId('sync-public-photos')).toBeVisible();
  await panel.getByTestId('sync-send').click();
  const job = panel.getByTestId('sync-job').first();
  await expect(job).toHaveAttribute('data-state', 'sent', { timeout: 60_000 });
  const link = job.getByTestId('sync-link');
  await expect(link).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\/\?p=\d+$/);
  await expect(link).toHaveAttribute('target', '_blank');
  await shoot(panel, 'sync-panel-vi', testInfo);
  await page.getByTestId('language-switch').selectOption('en');
  await expect(job.getByTestId('sync-state')).toHaveText('Sent');
  await shoot(panel, 'sync-panel-en', testInfo);
  await page.getByTestId('language-switch').selectOption('vi');

  const posts = await postsTitled(headline);
  expect(posts).toHaveLength(1);
  expect(await link.getAttribute('href')).toBe(posts[0].link);
  await expect(job.getByTestId('sync-remote')).toContainText(String(posts[0].id));
  const category = wp.categories.find((c) => c.name === 'Thời sự');
  expect(posts[0].categories).toEqual([category?.id]);

  // The list says it too; an edit after the send makes it "changed since sent".
  await backToList(page);
  await expect(rowOf(page, headline).getByTestId('sync-badge')).toHaveAttribute('data-state', 'sent');
  await rowOf(page, headline).click();
  await page.getByTestId('body').click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(' Hội chợ kéo dài đến hết ngày 20/11.');
  await expectSaved(page);
  await backToList(page);
  const badge = rowOf(page, headline).getByTestId('sync-badge');
  await expect(badge).toHaveAttribute('data-state', 'changed');
  await expect(badge).toHaveText('Đã sửa sau khi gửi');
  await shoot(page, 'drafts-badges-vi', testInfo);
  await page.getByTestId('language-switch').selectOption('en');
  await expect(badge).toHaveText('Changed since sent');
  await shoot(page, 'drafts-badges-en', testInfo);
});

test('the newsroom stops answering (503): the send waits and says so, then lands by itself once it clears', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const proxy: FaultProxy = await startFaultProxy({ upstream: wp.url });
  try {
    // Every request answered 503 by the "proxy in front of the CMS" until it is cleared.
    proxy.schedule(() => ({ kind: 'status', status: 503, retryAfter: 1 }));
    await addWordPressTarget(page, 'Tòa soạn qua proxy', proxy.url);
    await page.getByTestId('back').click();

    const headline = 'Mưa lớn gây ngập nhiều tuyến đường ở Cần Thơ';
    await finishedStory(page, headline);
    await page.getByTestId('open-sync').click();
    const panel = page.getByTestId('sync-panel');
    await panel.getByTestId('sync-send').click();
    const job = panel.getByTestId('sync-job').first();
    await expect(job).toHaveAttribute('data-state', 'waiting', { timeout: 30_000 });
    await expect(job.getByTestId('sync-failure')).toHaveAttribute('data-code', 'server_error');
    await expect(job.getByTestId('sync-failure')).toContainText('503');
    await shoot(panel, 'sync-panel-waiting-vi', testInfo);
    await backToList(page);
    await expect(rowOf(page, headline).getByTestId('sync-badge')).toHaveAttribute('data-state', 'waiting');
    expect(await postsTitled(headline)).toHaveLength(0);

    proxy.clear();
    await expect(rowOf(page, headline).getByTestId('sync-badge')).toHaveAttribute('data-state', 'sent', {
      timeout: 90_000,
    });
    expect(proxy.stats.faults).toBeGreaterThan(0);
    expect(await postsTitled(headline)).toHaveLength(1);
  } finally {
    await proxy.close();
  }
});
