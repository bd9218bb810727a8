import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

/**
 * Another local service on another port of 127.0.0.1, visited by the same browser after the
 * app: cookies ignore ports, so with a cookie credential it used to receive the token and list
 * every draft. Now it must get nothing and be able to do nothing.
 */
async function startOtherService(): Promise<{ server: Server; origin: string; seen: IncomingHttpHeaders[] }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>other</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

test('another port of 127.0.0.1 cannot obtain the credential or use the API; the app still works', async ({
  app,
  context,
}) => {
  const { page } = app;
  const appOrigin = new URL(page.url()).origin;
  // The app works: a draft is created over the API and its event arrives over the stream.
  // (Strings: the test's own TypeScript has no DOM; the page has window.newsdesk.)
  const changed = await page.evaluate(`new Promise((resolve) => {
    const stop = window.newsdesk.drafts.onChanged(({ draft }) => { stop(); resolve(draft.headline); });
    window.newsdesk.drafts.create({ headline: 'Tin mật của toà soạn' });
  })`);
  expect(changed).toBe('Tin mật của toà soạn');
  expect(page.url()).not.toContain('token=');
  expect(await context.cookies()).toEqual([]);

  const other = await startOtherService();
  try {
    const visitor = await context.newPage();
    await visitor.goto(`${other.origin}/`);
    // Nothing reached the other service, and nothing is readable from its page.
    expect(other.seen.length).toBeGreaterThan(0);
    expect(other.seen.filter((headers) => headers.cookie !== undefined)).toEqual([]);
    const readable = await visitor.evaluate(
      '({ cookie: document.cookie, session: Object.keys(sessionStorage), local: Object.keys(localStorage) })',
    );
    expect(readable).toEqual({ cookie: '', session: [], local: [] });

    // From that origin, the API refuses: a CORS read fails, and even an opaque no-cors send
    // (which the page cannot read) is refused by the host, so no draft comes into being.
    const attempts = await visitor.evaluate(`(async () => {
      const target = ${JSON.stringify(appOrigin)};
      const cors = await fetch(target + '/api/drafts.list', {
        method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{}',
      }).then((r) => 'answered ' + r.status, () => 'refused');
      await fetch(target + '/api/drafts.create', {
        method: 'POST', mode: 'no-cors', credentials: 'include', body: '{"headline":"planted"}',
      }).catch(() => undefined);
      return cors;
    })()`);
    expect(attempts).toBe('refused');
    const direct = await visitor.request.post(`${appOrigin}/api/drafts.list`, {
      headers: { 'content-type': 'application/json', origin: other.origin },
      data: {},
    });
    expect(direct.status()).toBe(403);
    await visitor.close();

    const headlines = await page.evaluate(
      'window.newsdesk.drafts.list({}).then((r) => r.ok ? r.data.drafts.map((d) => d.headline) : r.error.code)',
    );
    expect(headlines).toEqual(['Tin mật của toà soạn']);
  } finally {
    other.server.close();
  }
});
