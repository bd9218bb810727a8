import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/security/contentSecurityPolicy';
import { rendererLocation } from '../rendererLocation';
import { isWebLink, rendererPolicy } from './policy';

describe('rendererPolicy', () => {
  it('is the one page policy for built files, with renditions from newsdesk-media:', () => {
    const policy = rendererPolicy(rendererLocation({ root: '/opt/Newsdesk/out/renderer' }));
    expect(policy).toBe(contentSecurityPolicy({ delivery: 'header' }));
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain('newsdesk-media:');
    expect(policy).not.toContain('unsafe');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
  });

  it('allows inline scripts and styles only against the dev server', () => {
    const dev = rendererLocation({ devServerUrl: 'http://localhost:5173', root: '/x' });
    expect(rendererPolicy(dev)).toContain("script-src 'self' 'unsafe-inline';");
    expect(rendererPolicy(dev)).toContain("style-src 'self' 'unsafe-inline';");
    expect(rendererPolicy(dev)).toContain("object-src 'none'");
    expect(rendererPolicy(dev)).toContain('newsdesk-media:');
  });
});

const links: [string, boolean][] = [
  ['https://vnexpress.net/a.html', true],
  ['http://example.com', true],
  ['HTTPS://EXAMPLE.COM/', true],
  ['file:///etc/passwd', false],
  ['javascript:alert(1)', false],
  ['mailto:desk@example.com', false],
  ['ms-msdt:/id PCWDiagnostic', false],
  ['smb://server/share', false],
  ['not a url', false],
  ['', false],
];

describe('isWebLink', () => {
  it.each(links)('%s → %s', (url, expected) => {
    expect(isWebLink(url)).toBe(expected);
  });
});
