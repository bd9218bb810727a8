/**
 * Photo renditions: Newsdesk's command line against three references, timed in the same run,
 * whole process (start-up included), on the real camera photos; then peak memory for batches.
 *
 *   (a) minimal-sharp   tests/bench/photos/minimal-sharp.mjs   target: CLI ≤ 1.15×
 *   (b) vipsthumbnail   one process per rendition (libvips-tools) target: ≤ 0.65×
 *   (c) convert         ImageMagick, one decode, four -resize clones target: ≤ 0.3×
 *
 * Runs are interleaved and the median is reported, so a busy neighbour slows all alike.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { photosDir } from '../support/reference';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/newsdesk.mjs');
const cameraPhotos = ['canon-dslr.jpg', 'iptc-mess.jpg', 'IMG_20180725_163423.jpg'].map((f) => path.join(photosDir, f));
const widths = [2048, 1280, 640, 320];
const rounds = Number(process.env.NEWSDESK_BENCH_ROUNDS ?? 5);

interface Run {
  seconds: number;
  code: number | null;
  stderr: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ seconds: (performance.now() - started) / 1000, code, stderr }));
  });
}

async function must(pending: Promise<Run>, what: string): Promise<number> {
  const result = await pending;
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.stderr}`);
  return result.seconds;
}

/**
 * The CLI as `npx newsdesk` runs it: node on the bin with the environment its shebang sets
 * (`env -S MALLOC_ARENA_MAX=2 node`), spelled out so no exec bit or `env -S` is needed here.
 */
const newsdesk = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  run(process.execPath, [bin, ...args], { MALLOC_ARENA_MAX: '2', ...env });

/** The real ImageMagick: some machines put a stand-in `convert` earlier on PATH. */
function imageMagick(): string {
  for (const candidate of ['/usr/bin/convert', '/usr/bin/magick']) if (existsSync(candidate)) return candidate;
  return 'convert';
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

type Contender = { name: string; once: (out: string) => Promise<number>; rounds: number };

const contenders: Contender[] = [
  {
    name: 'newsdesk-cli',
    rounds,
    once: (out) => must(newsdesk(['photos', ...cameraPhotos, '--out', out]), 'newsdesk photos'),
  },
  {
    name: 'minimal-sharp',
    rounds,
    once: (out) =>
      must(
        run(process.execPath, [path.join(root, 'tests/bench/photos/minimal-sharp.mjs'), out, ...cameraPhotos]),
        'minimal sharp',
      ),
  },
  {
    name: 'vipsthumbnail',
    rounds,
    once: async (out) => {
      let seconds = 0;
      for (const photo of cameraPhotos) {
        for (const width of widths) {
          const target = path.join(out, `${path.parse(photo).name}.${width}.jpg[Q=82,strip]`);
          seconds += await must(run('vipsthumbnail', [photo, '--size', `${width}x`, '-o', target]), 'vipsthumbnail');
        }
      }
      return seconds;
    },
  },
  {
    name: 'imagemagick-convert',
    rounds: Math.min(rounds, 3),
    once: async (out) => {
      let seconds = 0;
      for (const photo of cameraPhotos) {
        const name = path.join(out, path.parse(photo).name);
        const clones = widths
          .slice(0, -1)
          .flatMap((w) => ['(', '+clone', '-resize', `${w}x`, '-write', `${name}.${w}.jpg`, '+delete', ')']);
        const args = [
          photo,
          '-auto-orient',
          '-strip',
          '-quality',
          '82',
          ...clones,
          '-resize',
          `${widths.at(-1)}x`,
          `${name}.${widths.at(-1)}.jpg`,
        ];
        seconds += await must(run(imageMagick(), args), 'ImageMagick convert');
      }
      return seconds;
    },
  },
];

async function wallTimes(scratch: string): Promise<Map<string, number[]>> {
  const times = new Map(contenders.map((c) => [c.name, [] as number[]]));
  // Warm-up: builds the CLI bundle if needed and fills the page cache for every contender.
  for (const c of contenders) {
    const out = await mkdtemp(path.join(scratch, 'warm-'));
    await c.once(out);
  }
  for (let round = 0; round < rounds; round++) {
    // Rotate the order each round so no contender always follows the slow one.
    const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]);
    for (const c of order) {
      if (times.get(c.name)!.length >= c.rounds) continue;
      const out = await mkdtemp(path.join(scratch, `${c.name}-`));
      times.get(c.name)!.push(await c.once(out));
      await rm(out, { recursive: true, force: true });
    }
  }
  return times;
}

/** Peak RSS (MiB) of one CLI run over `count` photos (the camera photos again and again). */
async function peakRss(scratch: string, count: number): Promise<number> {
  const input = await mkdtemp(path.join(scratch, `batch-${count}-`));
  for (let i = 0; i < count; i++) {
    const photo = cameraPhotos[i % cameraPhotos.length];
    await symlink(photo, path.join(input, `photo-${String(i + 1).padStart(3, '0')}${path.extname(photo)}`));
  }
  const out = await mkdtemp(path.join(scratch, `batch-out-${count}-`));
  const rssFile = path.join(scratch, `rss-${count}.txt`);
  const probe = path.join(root, 'tests/bench/photos/peak-rss.mjs');
  await must(
    newsdesk(['photos', input, '--out', out], { NODE_OPTIONS: `--import=${probe}`, NEWSDESK_PEAK_RSS_FILE: rssFile }),
    `newsdesk photos (${count} photos)`,
  );
  await rm(out, { recursive: true, force: true });
  return Number(await readFile(rssFile, 'utf8')) / 1024;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

async function main() {
  const missing = cameraPhotos.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    console.log(`photos bench skipped: camera photos not found (${missing.join(', ')}); set NEWSDESK_PHOTOS_DIR`);
    return;
  }
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-photos-bench-'));
  try {
    const times = await wallTimes(scratch);
    for (const [name, list] of times) {
      console.log(`  ${name}: median ${fmt(median(list))} s of ${list.map((t) => fmt(t)).join(', ')}`);
    }
    const cli = median(times.get('newsdesk-cli')!);
    const targets: [string, number][] = [
      ['minimal-sharp', 1.15],
      ['vipsthumbnail', 0.65],
      ['imagemagick-convert', 0.3],
    ];
    const verdicts: string[] = [];
    for (const [ref, target] of targets) {
      const ratio = cli / median(times.get(ref)!);
      console.log(`BENCH photos-cli-wall ${fmt(cli)} s ratio=${fmt(ratio)} ref=${ref}`);
      verdicts.push(`${ref} ≤ ${target}×: ${ratio <= target ? 'met' : 'MISSED'}`);
    }

    // Peak memory by batch size: it rises while the allocator warms up (the first ~25 photos),
    // then stays flat; a leak would keep growing with every photo.
    const peak10 = await peakRss(scratch, 10);
    const peak50 = await peakRss(scratch, 50);
    const peak100 = await peakRss(scratch, 100);
    for (const [count, peak] of [
      [10, peak10],
      [50, peak50],
      [100, peak100],
    ]) {
      console.log(`BENCH photos-peak-rss-${count} ${fmt(peak, 0)} MiB ratio=${fmt(peak / 500)} ref=500MiB-budget`);
    }
    console.log(
      `BENCH photos-peak-rss-growth-50 ${fmt(peak50, 0)} MiB ratio=${fmt(peak50 / peak10)} ref=photos-peak-rss-10`,
    );
    console.log(
      `BENCH photos-peak-rss-growth-100 ${fmt(peak100, 0)} MiB ratio=${fmt(peak100 / peak50)} ref=photos-peak-rss-50`,
    );
    verdicts.push(`peak RSS for 50 ≤ 500 MiB: ${peak50 <= 500 ? 'met' : 'MISSED'}`);
    verdicts.push(
      `no growth with batch size (100 vs 50 photos ≤ 1.10×): ${peak100 / peak50 <= 1.1 ? 'met' : 'MISSED'}`,
    );
    console.log(`  targets: ${verdicts.join('; ')}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
