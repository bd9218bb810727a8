import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, test as base, type Page } from '@playwright/test';
import { killHost, startHost, type RunningHost } from './host';

const root = path.resolve(import.meta.dirname, '../..');
/** NEWSDESK_E2E_ELECTRON=1 drives the real Electron app instead of the web host. */
const useElectron = process.env.NEWSDESK_E2E_ELECTRON === '1';

export interface NewsdeskApp {
  dataDir: string;
  page: Page;
  /**
   * Ends the app abruptly (SIGKILL) and starts it again on the same data folder; `meanwhile`
   * runs while it is down (e.g. damage a file by hand).
   */
  crashAndRestart(meanwhile?: () => Promise<void>): Promise<Page>;
}

type Launched = { page: Page; stop: (abrupt: boolean) => Promise<void>; log: () => string };

async function launch(dataDir: string, browserPage: () => Promise<Page>): Promise<Launched> {
  if (useElectron) {
    const app = await _electron.launch({ args: [root, `--data-dir=${dataDir}`], cwd: root });
    let log = '';
    app.process().stdout?.on('data', (c: Buffer) => (log += c.toString()));
    app.process().stderr?.on('data', (c: Buffer) => (log += c.toString()));
    return {
      page: await app.firstWindow(),
      stop: async (abrupt) => (abrupt ? void app.process().kill('SIGKILL') : app.close()),
      log: () => log,
    };
  }
  const host: RunningHost = await startHost(dataDir);
  const page = await browserPage();
  await page.goto(host.url);
  return { page, stop: () => killHost(host), log: host.log };
}

/** Whether this machine can give a test a real tiny disk (a tmpfs needs root on Linux). */
export const canMountTinyDisk = process.platform === 'linux' && process.getuid?.() === 0;
// CI runs as root on Linux: there the real-disk-full test must run, never skip.
if (process.env.CI && !canMountTinyDisk) throw new Error('CI must run as root on Linux to mount the tiny-disk tmpfs');

/** Each test gets its own app on its own temporary data folder; the app log is attached. */
export const test = base.extend<{ app: NewsdeskApp; tinyDiskKiB: number }>({
  /** When set, the data folder is a tmpfs of that many KiB: the disk runs full for real. */
  tinyDiskKiB: [0, { option: true }],
  app: async ({ context, tinyDiskKiB }, use, testInfo) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'newsdesk-e2e-'));
    if (tinyDiskKiB > 0) execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${tinyDiskKiB}k`, 'tmpfs', dataDir]);
    const logs: string[] = [];
    let current = await launch(dataDir, () => context.newPage());
    const app: NewsdeskApp = {
      dataDir,
      get page() {
        return current.page;
      },
      async crashAndRestart(meanwhile) {
        logs.push(current.log());
        await current.stop(true);
        await meanwhile?.();
        current = await launch(dataDir, async () => current.page);
        return current.page;
      },
    };
    await use(app);
    logs.push(current.log());
    await current.stop(false);
    await testInfo.attach('app.log', { body: logs.join('\n--- restart ---\n'), contentType: 'text/plain' });
    if (tinyDiskKiB > 0) execFileSync('umount', ['-l', dataDir]);
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
