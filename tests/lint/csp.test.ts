import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicyPlugin } from '../../electron.vite.config';
import { createNewsdesk, type Newsdesk } from '../../main/compose';
import { rendererLocation } from '../../main/app/rendererLocation';
import { rendererPolicy } from '../../main/app/security/policy';
import { startWebHost, type WebHost } from '../../main/web/server';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';

/*
 * The CSP is spelled once (shared/security) and reaches the page three ways: the web host's
 * header, the Electron session's header, and the <meta> the build writes into index.html. This
 * builds the real renderer/index.html with the real plugin (its app script swapped for an empty
 * one), serves it through the real web host, and compares all three.
 */

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let newsdesk: Newsdesk;
let host: WebHost;

const entities: Record<string, string> = { '&#39;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>', '&amp;': '&' };
/** An attribute value as the browser reads it (Vite writes ' as &#39;). */
const decoded = (value: string) => value.replace(/&(?:#39|quot|lt|gt|amp);/g, (entity) => entities[entity]);

/** The policies of every CSP <meta> in a page, and where the first one sits. */
function metaPolicies(html: string): { policies: string[]; at: number } {
  const pattern = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi;
  const found = [...html.matchAll(pattern)];
  return { policies: found.map((m) => decoded(m[1])), at: found[0]?.index ?? -1 };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-csp-'));
  const source = path.join(dir, 'source');
  await cp(path.join(root, 'renderer/index.html'), path.join(source, 'index.html'));
  const html = await readFile(path.join(source, 'index.html'), 'utf8');
  expect(html).toContain('./src/main.tsx');
  await writeFile(path.join(source, 'index.html'), html.replace('./src/main.tsx', './empty.ts'));
  await writeFile(path.join(source, 'empty.ts'), 'export {};\n');
  await build({
    configFile: false,
    root: source,
    logLevel: 'silent',
    plugins: [contentSecurityPolicyPlugin()],
    build: { outDir: path.join(dir, 'renderer'), emptyOutDir: true, minify: false },
  });
  newsdesk = await createNewsdesk({ dataDir: path.join(dir, 'data') });
  host = await startWebHost({ services: newsdesk, rendererDir: path.join(dir, 'renderer') });
}, 60_000);

afterAll(async () => {
  await host?.close();
  await newsdesk?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the Content-Security-Policy is spelled once', () => {
  it('the web host header, the Electron header and the built page’s <meta> agree', async () => {
    const page = await fetch(host.url);
    expect(page.status).toBe(200);
    const webHeader = page.headers.get('content-security-policy');
    const served = await page.text();
    const electronHeader = rendererPolicy(rendererLocation({ root: path.join(dir, 'renderer') }));
    const built = await readFile(path.join(dir, 'renderer/index.html'), 'utf8');

    const header = contentSecurityPolicy({ delivery: 'header' });
    expect(webHeader).toBe(header);
    expect(electronHeader).toBe(header);
    // The <meta> is the header without frame-ancestors, which a <meta> cannot carry.
    const meta = contentSecurityPolicy({ delivery: 'meta' });
    expect(header).toBe(`${meta}; frame-ancestors 'none'`);
    for (const html of [built, served]) {
      const { policies, at } = metaPolicies(html);
      expect(policies).toEqual([meta]);
      // A <meta> policy covers only what comes after it: it must precede every script.
      expect(at).toBeGreaterThan(-1);
      expect(at).toBeLessThan(html.search(/<script\b/i));
    }
  });

  it('is strict in built files: no inline scripts or styles, no plugins, no framing', () => {
    const header = contentSecurityPolicy({ delivery: 'header' });
    expect(header).not.toContain('unsafe');
    for (const directive of [
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(header.split('; ')).toContain(directive);
    }
  });
});
