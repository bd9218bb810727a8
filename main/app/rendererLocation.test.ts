import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRendererUrl, rendererLocation } from './rendererLocation';

const root = path.resolve('/opt/Newsdesk/resources/app.asar/out/renderer');
const files = rendererLocation({ root });
const dev = rendererLocation({ devServerUrl: 'http://localhost:5173/', root });
const fileUrl = (p: string) => pathToFileURL(p).href;

const cases: { url: string; files: boolean; dev: boolean }[] = [
  { url: fileUrl(path.join(root, 'index.html')), files: true, dev: false },
  { url: `${fileUrl(path.join(root, 'index.html'))}#/drafts/d1?x=1`, files: true, dev: false },
  { url: fileUrl(path.join(root, 'assets/index-abc.js')), files: true, dev: false },
  { url: fileUrl(root), files: false, dev: false },
  { url: fileUrl(path.join(root, '..', 'preload', 'index.cjs')), files: false, dev: false },
  { url: `${fileUrl(root)}/../main/index.js`, files: false, dev: false },
  { url: `${fileUrl(root)}/%2e%2e/main/index.js`, files: false, dev: false },
  { url: `${fileUrl(root)}/assets%2F..%2F..%2Fmain/index.js`, files: false, dev: false },
  { url: fileUrl(`${root}-evil/index.html`), files: false, dev: false },
  { url: 'file:///etc/passwd', files: false, dev: false },
  { url: `file://attacker.example${root}/index.html`, files: false, dev: false },
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
    expect(files).toEqual({ kind: 'files', root, indexFile: path.join(root, 'index.html') });
    expect(dev).toEqual({ kind: 'devServer', url: 'http://localhost:5173/', origin: 'http://localhost:5173' });
  });

  it('refuses a dev server that is not http(s)', () => {
    expect(() => rendererLocation({ devServerUrl: 'file:///tmp/x', root })).toThrow(/http/);
  });
});
