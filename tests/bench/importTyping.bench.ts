// Typing while 200 photos come in (issue 13, "photo work off the main process"): the real app
// (fresh build, loopback web host, Chromium), a reporter types in the body of the reference story
// while the photo desk imports a 200-photo card through the web host (the page hands each file
// over, the host's photo worker develops them). Input-to-paint p95 (keydown → the end of the next
// frame after the editor committed the keystroke) during the import against typing idle, target
// ≤ 1.5×; the host's RSS (/proc/<pid>/status VmRSS) at its peak during the import, and after the
// batch returned and the photo worker ended, against idle, target ≤ 1.2×.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { PhotoRecord } from '../../shared/article/photo';
import { benchLine } from './benchFormat';
import { buildApp, startHost } from './editor/app';
import { percentile } from './editor/typing';
import { makeCard } from './importTyping/card';
import { childrenOf, rssMiB, sampleRss } from './importTyping/rss';
import { createStory } from './importTyping/story';
import { Reporter } from './importTyping/typing';

const PHOTOS = 200;
const IDLE_KEYS = 300;
/** Enough keystrokes during the import for a p95 that means something. */
const MIN_DURING = 100;
const MAX_DURING = 4000;
const IMPORT_TIMEOUT_MS = 15 * 60_000;
const probe = readFileSync(path.join(import.meta.dirname, 'editor/probe.js'), 'utf8');
const ms = (value: number) => `${value.toFixed(1)} ms`;
const mib = (value: number) => `${value.toFixed(0)} MiB`;
const summary = (values: number[]) =>
  `p50 ${ms(percentile(values, 0.5))}, p95 ${ms(percentile(values, 0.95))}, max ${ms(Math.max(...values))}`;

interface LongFrame {
  duration: number;
  styleAndLayout: number;
  scripts: { duration: number; where: string; invoker: string; forcedLayout: number }[];
}

/** How many frames took over 50 ms, and where their time went: style and layout, and the costliest scripts. */
function longFramesSummary(frames: LongFrame[]): string {
  if (frames.length === 0) return 'none';
  const byScript = new Map<string, number>();
  for (const frame of frames)
    for (const script of frame.scripts) {
      const key = `${script.where} (${script.invoker})`;
      byScript.set(key, (byScript.get(key) ?? 0) + script.duration);
    }
  const total = (values: number[]) => values.reduce((sum, v) => sum + v, 0);
  const top = [...byScript].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return (
    `${frames.length}, ${ms(total(frames.map((f) => f.duration)))} in all, the longest ${ms(Math.max(...frames.map((f) => f.duration)))}; ` +
    `style and layout ${ms(total(frames.map((f) => f.styleAndLayout)))}; scripts: ` +
    top.map(([where, spent]) => `${where} ${ms(spent)}`).join('; ')
  );
}

/** Resolves once the host has no child process left (its photo worker ends when idle). */
async function workerEnded(pid: number, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (childrenOf(pid).length > 0) {
    if (Date.now() > until) throw new Error(`the host still has children ${childrenOf(pid).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const started = performance.now();
buildApp();
const scratch = await mkdtemp(path.join(tmpdir(), 'newsdesk-bench-import-typing-'));
const host = await startHost(path.join(scratch, 'data'));
const browser = await chromium.launch({
  executablePath: process.env.NEWSDESK_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const card = await makeCard(path.join(scratch, 'card'), PHOTOS);
  const story = await createStory(host);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
  await context.addInitScript({ content: probe });
  const page = await context.newPage();
  await page.goto(`${host.origin}/?token=${host.token}#/drafts/${story.id}`);
  await page.evaluate('window.__bench.coldCaret');
  // The desk open beside the story, as a reporter imports: its tiles fill in while they type.
  await page.getByTestId('open-photos').click();
  await page.getByTestId('photo-desk').waitFor();
  const reporter = new Reporter(page);
  const middle = Math.floor(story.blocks / 2);
  await reporter.clickInto(middle);
  await reporter.warmUp(20);
  const idle = await reporter.type({ min: IDLE_KEYS, max: IDLE_KEYS });
  const idleRss = rssMiB(host.pid);

  const peak = sampleRss(host.pid);
  await page.evaluate('window.__bench.startLongFrames()');
  const importStarted = performance.now();
  await page.getByTestId('photo-file-input').setInputFiles(card.files);
  const running = page.getByTestId('cancel-import');
  await running.waitFor();
  await reporter.clickInto(middle);
  const during = await reporter.type({ min: 0, max: MAX_DURING, goOn: () => running.isVisible() });
  await page.getByTestId('dismiss-import').waitFor({ timeout: IMPORT_TIMEOUT_MS });
  const importMs = performance.now() - importStarted;
  const longFrames = (await page.evaluate('window.__bench.stopLongFrames()')) as LongFrame[];
  const returnedRss = rssMiB(host.pid);
  const peakRss = peak.stop();
  await workerEnded(host.pid);
  const afterRss = rssMiB(host.pid);

  // The same typing once the import is over and its 200 tiles stay on the desk: what is the
  // import's own cost, and what the fuller page costs anyway.
  await reporter.clickInto(middle);
  const afterTyping = await reporter.type({ min: IDLE_KEYS, max: IDLE_KEYS });

  const errors = await page.getByTestId('import-error').allTextContents();
  const { photos } = await host.call<{ photos: PhotoRecord[] }>('photos.list', { draftId: story.id });
  if (errors.length > 0 || photos.length !== PHOTOS)
    throw new Error(`${photos.length} of ${PHOTOS} photos imported:\n${errors.join('\n')}`);
  if (during.framed.length < MIN_DURING)
    throw new Error(`only ${during.framed.length} keystrokes landed during the import (need ${MIN_DURING})`);
  await context.close();

  const idleP95 = percentile(idle.framed, 0.95);
  benchLine('typing-during-import-p95', percentile(during.framed, 0.95), 'ms', idleP95, 'typing-idle');
  benchLine('import-200-server-rss-after', afterRss, 'MiB', idleRss, 'server-rss-idle');
  benchLine('import-200-server-rss-peak', peakRss, 'MiB', idleRss, 'server-rss-idle');
  console.log(
    `  card: ${PHOTOS} photos (${card.fromFixtures} shared fixtures, the rest distinct copies of their JPEGs), ` +
      `imported through the photo desk in ${ms(importMs)}`,
  );
  console.log(
    `  typing idle (${idle.framed.length} keystrokes): → next frame ${summary(idle.framed)}; → committed ${summary(idle.committed)}`,
  );
  console.log(
    `  typing during the import (${during.framed.length}): → next frame ${summary(during.framed)}; → committed ${summary(during.committed)}`,
  );
  console.log(
    `  typing after the import, 200 tiles on the desk (${afterTyping.framed.length}): → next frame ${summary(afterTyping.framed)}`,
  );
  console.log(
    `  host RSS: idle ${mib(idleRss)}, peak ${mib(peakRss)}, when the batch returned ${mib(returnedRss)}, ` +
      `after its worker ended ${mib(afterRss)}`,
  );
  console.log(`  long frames during the import: ${longFramesSummary(longFrames)}`);
  const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(
    `  targets: typing ≤ 1.5× idle ${met(percentile(during.framed, 0.95) <= 1.5 * idleP95)}, ` +
      `RSS after ≤ 1.2× idle ${met(afterRss <= 1.2 * idleRss)}; bench took ${ms(performance.now() - started)}`,
  );
} finally {
  await browser.close();
  await host.stop();
  await rm(scratch, { recursive: true, force: true });
}
