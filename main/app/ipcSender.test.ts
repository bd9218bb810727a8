import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { senderRejection, type SenderFacts } from './ipcSender';
import { rendererLocation } from './rendererLocation';

const root = path.resolve('/opt/Newsdesk/out/renderer');
const renderer = rendererLocation({ root });
const page = 'app://newsdesk/index.html';
const ours: SenderFacts = { url: page, isMainFrame: true, isAppWindow: true };

const cases: { name: string; sender: SenderFacts | null; refused: RegExp | null }[] = [
  { name: 'our renderer in our window', sender: ours, refused: null },
  { name: 'a frame that is gone', sender: null, refused: /no longer exists/ },
  { name: 'an iframe inside our page', sender: { ...ours, isMainFrame: false }, refused: /main frame/ },
  { name: 'a window we did not make', sender: { ...ours, isAppWindow: false }, refused: /not a Newsdesk window/ },
  {
    name: 'a page that navigated away',
    sender: { ...ours, url: 'https://example.com/' },
    refused: /not the Newsdesk renderer/,
  },
  {
    name: 'another local file',
    sender: { ...ours, url: 'file:///tmp/evil.html' },
    refused: /not the Newsdesk renderer/,
  },
  {
    name: 'our built page by its file:// address',
    sender: { ...ours, url: pathToFileURL(path.join(root, 'index.html')).href },
    refused: /not the Newsdesk renderer/,
  },
  { name: 'a blank page', sender: { ...ours, url: 'about:blank' }, refused: /not the Newsdesk renderer/ },
];

describe('senderRejection', () => {
  it.each(cases)('$name', ({ sender, refused }) => {
    const rejection = senderRejection(sender, renderer);
    if (refused === null) expect(rejection).toBeUndefined();
    else expect(rejection).toMatch(refused);
  });
});
