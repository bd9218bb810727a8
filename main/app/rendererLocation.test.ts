import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRendererUrl, rendererLocation } from './rendererLocation';

const root = path.resolve('/opt/Newsdesk/resources/app.asar/out/renderer');
const files = rendererLocation({ root });
const dev = rendererLocation({ devServerUrl: 'http://localhost:5173/', root });
const fileUrl = (p: string) => pathToFileURL(p).href;

const cases: { url: string; files: boolean; dev: boolean }[] = [
  { url: 'app://newsdesk/index.html', files: true, dev: false },
  { url: 'app://newsdesk/index.html#/drafts/d1?x=1', files: true, dev: false },
  { url: 'app://newsdesk/assets/index-abc.js', files: true, dev: false },
  { url: 'app://newsdesk/', files: true, dev: false },
  // Chromium lowercases a standard scheme's host before any handler sees it; spelled otherwise, refused.
  { url: 'APP://NEWSDESK/index.html', files: false, dev: false },
  { url: 'app://newsdesk.evil.example/index.html', files: false, dev: false },
  { url: 'app://evil/index.html', files: false, dev: false },
  { url: 'app://newsdesk:8080/index.html', files: false, dev: false },
  { url: 'app://user@newsdesk/index.html', files: false, dev: false },
  { url: 'app:newsdesk/index.html', files: false, dev: false },
  // The built files are never a renderer page by their file:// address: only through app://.
  { url: fileUrl(path.join(root, 'index.html')), files: false, dev: false },
  { url: fileUrl(path.join(root, '..', 'preload', 'index.cjs')), files: false, dev: false },
  { url: 'file:///etc/passwd', files: false, dev: false },
  { url: `file://attacker.example${root}/index.html`, files: false, dev: false },
  { url: 'newsdesk-media://media/d1/photos/renditions/p/1280.jpg', files: false, dev: false },
  { url: 'http://localhost:5173/', files: false, dev: true },
  { url: 'http://localhost:5173/src/main.tsx?t=1', files: false, dev: true },
  { url: 'http://localhost:5174/', files: false, dev: false },
  { url: 'https://localhost:5173/', files: false, dev: false },
  { url: 'http://127.0.0.1:5173/', files: false, dev: false },
  { url: 'http://localhost:5173.evil.example/', files: false, dev: false },
  { url: 'https://example.com/', files: false, dev: false },
  { url: 'about:blank', files: false, dev: false },
  { url: 'devtools://devtools/bundled/inspector.html', files: false, dev: false },
  { url: '', files: false, dev: false },
  { url: 'not a url', files: false, dev: false },
];

describe('isRendererUrl', () => {
  it.each(cases)('$url → files $files, dev $dev', ({ url, files: inFiles, dev: inDev }) => {
    expect(isRendererUrl(url, files)).toBe(inFiles);
    expect(isRendererUrl(url, dev)).toBe(inDev);
  });
});

describe('rendererLocation', () => {
  it('loads index.html from the built folder, or the dev server when one is given', () => {
    expect(files).toEqual({ kind: 'files', root, url: 'app://newsdesk/index.html', origin: 'app://newsdesk' });
    expect(dev).toEqual({ kind: 'devServer', url: 'http://localhost:5173/', origin: 'http://localhost:5173' });
  });

  it('refuses a dev server that is not http(s)', () => {
    expect(() => rendererLocation({ devServerUrl: 'file:///tmp/x', root })).toThrow(/http/);
  });
});
