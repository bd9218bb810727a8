import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatImportProgress } from '../../shared/text/progress';
import { developPhoto, readOriginal, renditionFileName } from '../services/photos/develop';
import { classifyPhotoError } from '../services/photos/errors';
import { runQueue } from '../services/photos/importQueue';
import type { EncodedRendition } from '../services/photos/renditions';
import { photoOptions, type KeepMore, type PhotoOptions } from '../services/photos/options';
import { photoRecordOf, recordText } from '../services/photos/photoRecord';
import { realFs, writeFileAtomic } from '../services/storage';

export const photosUsage = `Usage: newsdesk photos <files or folders…> --out <folder> [options]

Makes the renditions of each photo and a JSON sidecar beside them:
  <out>/<name>.<width>.jpg   upright, sRGB, without GPS or serial numbers
  <out>/<name>.json          caption, credit, alt text, sizes, what was kept and stripped

Options:
  --out <folder>        where to write (created if missing)
  --widths <list>       rendition widths, default 2048,1280,640,320
  --quality <1-100>     JPEG quality, default 82
  --webp                also write WebP renditions
  --keep <list>         also keep: headline,location,date_taken,camera
  --keep-gps            keep GPS in the renditions (only when you mean it)
  --concurrency <n>     photos at once, default 2
`;

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

const photoExtensions = /\.(jpe?g|png|webp|gif|tiff?|heic|heif|avif)$/i;

/**
 * `newsdesk photos …`: returns the exit code (0 all done, 1 some failed, 2 bad usage, 130
 * cancelled). `signal` (Ctrl-C) lets the photos in work finish and skips the rest.
 */
export async function runPhotosCommand(args: string[], io: Io, signal?: AbortSignal): Promise<number> {
  let parsed;
  let options: PhotoOptions;
  let outArg: string;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        widths: { type: 'string' },
        quality: { type: 'string' },
        webp: { type: 'boolean' },
        keep: { type: 'string' },
        'keep-gps': { type: 'boolean' },
        concurrency: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const v = parsed.values;
    if (v.help) {
      io.stdout.write(photosUsage);
      return 0;
    }
    if (!v.out || parsed.positionals.length === 0)
      throw new Error('give the photos (files or folders) and --out <folder>');
    outArg = v.out;
    options = photoOptions({
      ...(v.widths ? { widths: v.widths.split(',').map(Number) } : {}),
      ...(v.quality ? { quality: Number(v.quality) } : {}),
      ...(v.concurrency ? { concurrency: Number(v.concurrency) } : {}),
      webp: v.webp === true,
      keepMore: v.keep ? parseKeep(v.keep) : [],
    });
  } catch (error) {
    io.stderr.write(`newsdesk photos: ${(error as Error).message}\n\n${photosUsage}`);
    return 2;
  }
  const out = path.resolve(outArg);
  const keepGps = parsed.values['keep-gps'] === true;
  const sources = await collectSources(parsed.positionals);
  if (sources.length === 0) {
    io.stderr.write('newsdesk photos: no photos found in what you gave\n');
    return 2;
  }
  await realFs.mkdir(out, { recursive: true });
  const stems = uniqueStems(sources);
  const tty = io.stderr.isTTY === true;
  let failed = 0;

  const results = await runQueue(
    sources.map((source, i) => ({ source, stem: stems[i] })),
    async ({ source, stem }): Promise<string | undefined> => {
      const original = await readOriginal(source, options);
      const developed = await developPhoto(original, options, { keepGps });
      // Past this point the photo is written whole even when cancelled: no half sets of files.
      // Output that can be made again is not synced: a batch of hundreds stays fast.
      const written = { fs: realFs, fsync: false };
      const fileOf = (r: EncodedRendition) => `${stem}.${renditionFileName(r)}`;
      await Promise.all(developed.renditions.map((r) => writeFileAtomic(path.join(out, fileOf(r)), r.data, written)));
      const sidecar = photoRecordOf({
        original,
        developed,
        keepGps,
        importedAt: new Date(),
        originalFile: source,
        renditionFile: fileOf,
      });
      await writeFileAtomic(path.join(out, `${stem}.json`), recordText(sidecar), written);
      return undefined;
    },
    {
      concurrency: options.concurrency,
      signal,
      skipped: ({ source }) => `${path.basename(source)}: not done (cancelled)`,
      failed: ({ source }, error) => classifyPhotoError(error, path.basename(source)).message,
      onProgress: ({ done, total, result }) => {
        if (result !== undefined) failed += 1;
        const line = formatImportProgress({ done, total, failed });
        io.stderr.write(tty ? `\r${line}${done === total ? '\n' : ''}` : `${line}\n`);
      },
    },
  );

  const failures = results.filter((r): r is string => r !== undefined);
  const done = sources.length - failures.length;
  io.stdout.write(`${done} of ${sources.length} photos written to ${out}\n`);
  if (failures.length === 0) return 0;
  io.stderr.write(
    `${failures.length} ${failures.length === 1 ? 'photo' : 'photos'} failed:\n${failures.map((f) => `  ${f}\n`).join('')}`,
  );
  return signal?.aborted ? 130 : 1;
}

function parseKeep(list: string): KeepMore[] {
  const allowed: KeepMore[] = ['headline', 'location', 'date_taken', 'camera'];
  return list.split(',').map((item) => {
    const name = item.trim().replace(/-/g, '_') as KeepMore;
    if (!allowed.includes(name)) throw new Error(`--keep takes ${allowed.join(', ')} (GPS only with --keep-gps)`);
    return name;
  });
}

/** Files as given (even without a photo extension: they get a clear error), folders walked. */
async function collectSources(inputs: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const input of inputs) {
    const full = path.resolve(input);
    const info = await stat(full).catch(() => undefined);
    if (info?.isDirectory()) found.push(...(await photosIn(full)));
    else found.push(full);
  }
  return found;
}

async function photosIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await photosIn(full)));
    else if (photoExtensions.test(entry.name)) files.push(full);
  }
  return files;
}

/** Output names from file names; the second "IMG_0001.jpg" (another card folder) becomes "IMG_0001-2". */
function uniqueStems(sources: string[]): string[] {
  const used = new Set<string>();
  return sources.map((source) => {
    const base = path.parse(source).name.normalize('NFC') || 'photo';
    let stem = base;
    for (let n = 2; used.has(stem.toLowerCase()); n++) stem = `${base}-${n}`;
    used.add(stem.toLowerCase());
    return stem;
  });
}
