import { EventEmitter } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { App, Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { rendererLocation } from '../rendererLocation';
import { ALLOWED_PERMISSIONS, createGuards } from './guards';
import { guardSession, guardWebContents } from './securityModules';

/*
 * Hostile pages, links and requests against the guards the app builds (the same createGuards and
 * permission list as main/app/index.ts), registered through the real AppModules on a stand-in
 * app, session and web contents: every answer below is what Electron would get.
 */

const root = path.resolve('/opt/Newsdesk/resources/app.asar/out/renderer');
const renderer = rendererLocation({ root });
const APP_PAGE = 'app://newsdesk/index.html#/drafts';

class FakeContents extends EventEmitter {
  windowOpenHandler?: (details: { url: string }) => { action: string };
  constructor(public url: string) {
    super();
  }
  getURL() {
    return this.url;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

interface Handlers {
  request?: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
  check?: (contents: unknown, permission: string) => boolean;
  device?: () => boolean;
}

async function buildApp() {
  const ourWindows = new WeakSet<object>();
  const opened: string[] = [];
  const guards = createGuards({
    renderer,
    isAppWindow: (contents) => ourWindows.has(contents),
    openExternal: async (url) => void opened.push(url),
    allowPermissions: ALLOWED_PERMISSIONS,
    warn: () => {},
  });
  const app = Object.assign(new EventEmitter(), { whenReady: async () => {} }) as unknown as App;
  const handlers: Handlers = {};
  const session = {
    setPermissionRequestHandler: (h: Handlers['request']) => (handlers.request = h),
    setPermissionCheckHandler: (h: Handlers['check']) => (handlers.check = h),
    setDevicePermissionHandler: (h: Handlers['device']) => (handlers.device = h),
  } as unknown as Session;
  await guardWebContents(guards).init({ app });
  await guardSession(guards, () => session).init({ app });
  const newContents = (url: string, ours: boolean) => {
    const contents = new FakeContents(url);
    if (ours) ourWindows.add(contents);
    (app as unknown as EventEmitter).emit('web-contents-created', {}, contents);
    return contents;
  };
  return { opened, handlers, newContents };
}

/** Fires a preventable event the way Electron does; true when the page would have gone ahead. */
function goesAhead(contents: FakeContents, eventName: string, url: string): boolean {
  let prevented = false;
  contents.emit(eventName, { url, preventDefault: () => (prevented = true) }, url);
  return !prevented;
}

const SCHEMES = [
  'http://example.com/',
  'https://example.com/',
  'https://vnexpress.net/thoi-su.html',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  `${pathToFileURL(path.join(root, 'index.html')).href}`,
  'file://attacker.example/share/x.html',
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'blob:app://newsdesk/8c1c9d5e-1111-2222-3333-444455556666',
  'vbscript:msgbox(1)',
  'about:blank',
  'about:srcdoc',
  'chrome://settings',
  'chrome://gpu',
  'chrome-extension://abc/page.html',
  'devtools://devtools/bundled/inspector.html',
  'view-source:https://example.com',
  'mailto:desk@example.com',
  'tel:+84123456789',
  'sms:+84123456789',
  'ms-msdt:/id PCWDiagnostic /skip force /param "IT_RebrowseForFile=?"',
  'search-ms:query=secret&crumb=location:\\\\attacker\\share',
  'ms-settings:privacy',
  'ms-officecmd:{"id":1}',
  'ms-word:ofe|u|https://attacker.example/doc.docx',
  'smb://attacker.example/share',
  '\\\\attacker.example\\share\\x.exe',
  'ftp://example.com/file',
  'sftp://example.com/file',
  'ssh://example.com',
  'ws://example.com/socket',
  'wss://example.com/socket',
  'intent://scan/#Intent;scheme=zxing;end',
  'jar:file:///tmp/x.jar!/a.html',
  'res://ieframe.dll/acr_error.htm',
  'steam://run/1',
  'zoommtg://zoom.us/join?confno=1',
  'x-apple.systempreferences:com.apple.preference.security',
  'shell:startup',
  'ldap://attacker.example/o=x',
  'gopher://example.com/',
  'news:comp.lang',
  'nntp://example.com/comp',
  'irc://irc.example.com/chan',
  'magnet:?xt=urn:btih:abc',
  'itms-services://?action=download-manifest&url=https://x',
  'vscode://file/etc/passwd',
  'git://example.com/repo.git',
  'newsdesk-media://media/d1/photos/renditions/p/1280.jpg',
  'app://evil/index.html',
  'app://newsdesk.attacker.example/index.html',
  'app://newsdesk:8080/index.html',
  'app://user@newsdesk/index.html',
  'http://localhost:5173/',
  'http://127.0.0.1:51234/api/drafts',
  'http://[::1]:5173/',
  'https://newsdesk/',
  'https://xn--nwsdesk-9ya.example/',
  'http://0x7f000001/',
  '//attacker.example/path',
  '',
  'not a url',
  ' javascript:alert(1)',
];
const WEB = new Set(SCHEMES.filter((url) => /^https?:\/\//i.test(url)));

const PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'unknown',
  'fileSystem',
  'hid',
  'serial',
  'usb',
  'deprecated-sync-clipboard-read',
];

describe('hostile cases against the guards the app builds', () => {
  it('0 of 200+ URLs and requests are allowed off the app', async () => {
    const { opened, handlers, newContents } = await buildApp();
    const window = newContents(APP_PAGE, true);
    let tried = 0;
    const allowedOffApp: string[] = [];

    // Navigation, subframe navigation and redirects: only app://newsdesk pages go ahead.
    for (const kind of ['will-navigate', 'will-frame-navigate', 'will-redirect'])
      for (const url of SCHEMES) {
        tried += 1;
        if (goesAhead(window, kind, url)) allowedOffApp.push(`${kind} ${url}`);
      }

    // window.open and target=_blank links: never a window; only web links reach the browser.
    for (const url of SCHEMES) {
      tried += 1;
      const answer = window.windowOpenHandler!({ url });
      if (answer.action !== 'deny') allowedOffApp.push(`window.open ${url}`);
    }
    await Promise.resolve();
    for (const url of opened) if (!WEB.has(url)) allowedOffApp.push(`openExternal ${url}`);
    expect(new Set(opened)).toEqual(WEB);

    // <webview> attached by a page, whatever it asks for.
    for (const src of SCHEMES.slice(0, 20)) {
      tried += 1;
      let prevented = false;
      window.emit(
        'will-attach-webview',
        { preventDefault: () => (prevented = true) },
        { nodeIntegration: true },
        { src },
      );
      if (!prevented) allowedOffApp.push(`webview ${src}`);
    }

    // Permissions from a foreign page in our window, any page in a window we did not make, no window.
    const foreignInOurs = newContents('https://attacker.example/', true);
    const notOurs = newContents(APP_PAGE, false);
    for (const permission of PERMISSIONS) {
      for (const [who, contents, requestingUrl] of [
        ['foreign page in our window', foreignInOurs, 'https://attacker.example/'],
        ['our page in a window we did not make', notOurs, APP_PAGE],
        ['an iframe from elsewhere in our window', window, 'https://attacker.example/frame'],
        ['a file page', window, 'file:///tmp/evil.html'],
      ] as const) {
        tried += 2;
        let granted: boolean | undefined;
        handlers.request!(contents, permission, (g) => (granted = g), { requestingUrl });
        if (granted !== false) allowedOffApp.push(`request ${permission} from ${who}`);
        if (handlers.check!(contents, permission) && contents !== window)
          allowedOffApp.push(`check ${permission} ${who}`);
      }
      tried += 1;
      if (handlers.check!(null, permission)) allowedOffApp.push(`check ${permission} with no contents`);
    }
    tried += 1;
    if (handlers.device!()) allowedOffApp.push('device permission');

    expect(allowedOffApp).toEqual([]);
    expect(tried).toBeGreaterThanOrEqual(200);
    console.log(`hostile cases: tried=${tried} allowed-off-app=${allowedOffApp.length}`);
  });

  it('our own page keeps working: its navigations, and only the clipboard write', async () => {
    const { handlers, newContents } = await buildApp();
    const window = newContents(APP_PAGE, true);
    for (const url of ['app://newsdesk/index.html', 'app://newsdesk/index.html#/settings', 'app://newsdesk/'])
      expect(goesAhead(window, 'will-navigate', url)).toBe(true);
    const granted = PERMISSIONS.filter((permission) => {
      let answer = false;
      handlers.request!(window, permission, (g) => (answer = g), { requestingUrl: APP_PAGE });
      return answer;
    });
    expect(granted).toEqual(['clipboard-sanitized-write']);
    expect(PERMISSIONS.filter((p) => handlers.check!(window, p))).toEqual(['clipboard-sanitized-write']);
  });

  it('a dev server build trusts its own origin only', async () => {
    const dev = rendererLocation({ devServerUrl: 'http://localhost:5173/', root });
    const guards = createGuards({
      renderer: dev,
      isAppWindow: () => true,
      openExternal: async () => {},
      allowPermissions: ALLOWED_PERMISSIONS,
      warn: () => {},
    });
    const allowed = SCHEMES.filter((url) => {
      let prevented = false;
      guards.navigation('navigation')({ url, preventDefault: () => (prevented = true) });
      return !prevented;
    });
    expect(allowed).toEqual(['http://localhost:5173/']);
  });
});
