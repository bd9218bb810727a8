import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/security/contentSecurityPolicy';
import { appResponse, mediaResponse } from './schemePolicy';

/*
 * A real built-renderer folder and a real data folder on disk, with symlinks planted the ways an
 * attacker (or a careless sync tool) could: every request goes through the same functions
 * protocol.handle calls.
 */
let base: string;
let renderer: string;
let data: string;
const DRAFT = '0b7c2d2e-8f3a-4c1e-9a61-5b0f3c2d1e4f';
const renditions = () => path.join(data, 'drafts', DRAFT, 'photos', 'renditions');

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'newsdesk-scheme-'));
  renderer = path.join(base, 'out', 'renderer');
  data = path.join(base, 'data');
  await mkdir(path.join(renderer, 'assets'), { recursive: true });
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Newsdesk</title>');
  await writeFile(path.join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(renderer, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(renderer, 'assets', 'font.woff2'), 'wOF2');
  await writeFile(path.join(renderer, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(path.join(renderer, 'assets', 'notes.exe'), 'MZ');
  await writeFile(path.join(base, 'out', 'secret.js'), 'secret');
  await writeFile(path.join(base, 'secret.html'), 'secret');
  await mkdir(path.join(base, 'outside'), { recursive: true });
  await writeFile(path.join(base, 'outside', 'x.js'), 'secret');
  // Links planted inside the served folder.
  await symlink('/etc/passwd', path.join(renderer, 'assets', 'passwd.js'));
  await symlink(path.join(base, 'secret.html'), path.join(renderer, 'linked.html'));
  await symlink(path.join(base, 'outside'), path.join(renderer, 'linkdir'));
  await symlink(path.join(renderer, 'index.html'), path.join(renderer, 'inner-link.html'));
  await mkdir(path.join(renderer, 'folder.js'));

  await mkdir(path.join(renditions(), 'p1'), { recursive: true });
  await writeFile(path.join(renditions(), 'p1', '1280.jpg'), 'JPEG');
  await writeFile(path.join(renditions(), 'p1', '320.webp'), 'WEBP');
  await mkdir(path.join(data, 'drafts', DRAFT, 'photos', 'originals'), { recursive: true });
  await writeFile(path.join(data, 'drafts', DRAFT, 'photos', 'originals', 'a.jpg'), 'ORIGINAL');
  await writeFile(path.join(data, 'settings.json'), '{"secret":1}');
  await symlink('/etc/passwd', path.join(renditions(), 'p1', 'evil.jpg'));
  await symlink(path.join(base, 'outside'), path.join(renditions(), 'linked'));
});
afterAll(async () => rm(base, { recursive: true, force: true }));

const app = (url: string, method = 'GET') => appResponse(renderer, new Request(url, { method }));
const media = (url: string, method = 'GET') => mediaResponse(data, new Request(url, { method }));

describe('app://newsdesk/', () => {
  it.each([
    ['app://newsdesk/', 'text/html; charset=utf-8', '<!doctype html><title>Newsdesk</title>'],
    ['app://newsdesk/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Newsdesk</title>'],
    ['app://newsdesk/index.html?x=1#/drafts/a', 'text/html; charset=utf-8', '<!doctype html><title>Newsdesk</title>'],
    ['app://newsdesk/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://newsdesk/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://newsdesk/assets/font.woff2', 'font/woff2', 'wOF2'],
    ['app://newsdesk/assets/logo.svg', 'image/svg+xml', '<svg/>'],
  ])('%s → %s', async (url, type, body) => {
    const response = await app(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy({ delivery: 'header' }));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  const refused = [
    // dot segments, plain and encoded in every case and mix
    'app://newsdesk/%2e%2e/secret.js',
    'app://newsdesk/%2E%2E/secret.js',
    'app://newsdesk/.%2e/secret.js',
    'app://newsdesk/assets/%2e%2e/%2e%2e/secret.js',
    'app://newsdesk/%252e%252e/secret.js',
    // encoded separators
    'app://newsdesk/assets%2f..%2f..%2fsecret.js',
    'app://newsdesk/assets%2F..%2F..%2Fsecret.js',
    'app://newsdesk/..%5c..%5csecret.js',
    'app://newsdesk/assets%5Cindex-abc.js',
    'app://newsdesk/index.html%00.js',
    // absolute paths
    'app://newsdesk//etc/passwd',
    'app://newsdesk/%2fetc%2fpasswd',
    'app://newsdesk/C:/Windows/win.ini',
    'app://newsdesk/C%3A%5CWindows%5Cwin.ini',
    'app://newsdesk/\\\\server\\share\\x.js',
    // symlinks out of the folder, and any link at all
    'app://newsdesk/assets/passwd.js',
    'app://newsdesk/linked.html',
    'app://newsdesk/linkdir/x.js',
    'app://newsdesk/inner-link.html',
    // not a file, not a type we serve, not there
    'app://newsdesk/folder.js',
    'app://newsdesk/assets',
    'app://newsdesk/assets/notes.exe',
    'app://newsdesk/missing.js',
    'app://newsdesk/%zz.js',
    // another host on our scheme
    'app://evil/index.html',
    'app://newsdesk.evil/index.html',
  ];
  it.each(refused)('%s → 404', async (url) => {
    const response = await app(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('resolves dot segments the way the URL parser does, never above the root', async () => {
    // URL parsing turns %2e into a dot segment before the handler sees it: this is index.html.
    expect((await app('app://newsdesk/%2e/index.html')).status).toBe(200);
    expect(new URL('app://newsdesk/assets/%2e%2e/%2e%2e/%2e%2e/secret.js').pathname).toBe('/secret.js');
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await app('app://newsdesk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    for (const method of ['POST', 'PUT', 'DELETE'])
      expect((await app('app://newsdesk/index.html', method)).status).toBe(405);
  });
});

describe('newsdesk-media://media/', () => {
  const at = (rest: string) => `newsdesk-media://media/${DRAFT}/photos/renditions/${rest}`;

  it('serves a rendition with its type', async () => {
    const jpeg = await media(at('p1/1280.jpg'));
    expect([jpeg.status, jpeg.headers.get('content-type'), await jpeg.text()]).toEqual([200, 'image/jpeg', 'JPEG']);
    const webp = await media(at('p1/320.webp'));
    expect([webp.status, webp.headers.get('content-type')]).toEqual([200, 'image/webp']);
  });

  it.each([
    at('p1/evil.jpg'),
    at('linked/x.jpg'),
    at('p1/%2e%2e/%2e%2e/originals/a.jpg'),
    at('p1%2f..%2f..%2foriginals%2fa.jpg'),
    `newsdesk-media://media/${DRAFT}/photos/originals/a.jpg`,
    'newsdesk-media://media/settings.json',
    'newsdesk-media://media/../settings.json',
    'newsdesk-media://other/' + `${DRAFT}/photos/renditions/p1/1280.jpg`,
    at('p1/missing.jpg'),
  ])('%s → 404', async (url) => {
    expect((await media(url)).status).toBe(404);
  });
});
