import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xmpPacket } from '../../main/services/photos/privacy';
import { PhotoRecordSchema } from '../../shared/article/photo';
import {
  exiftool,
  fixture,
  gpsTags,
  hasExiftool,
  hasPhotoFixtures,
  makeJpeg,
  serialTags,
  tempDir,
} from '../support/photos';

const bin = path.resolve(import.meta.dirname, '../../bin/newsdesk.mjs');

function newsdesk(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let scratch: Awaited<ReturnType<typeof tempDir>>;
const at = (...parts: string[]) => path.join(scratch.dir, ...parts);

beforeAll(async () => {
  scratch = await tempDir('newsdesk-cli-');
  await mkdir(at('card/DCIM/100CANON'), { recursive: true });
  await writeFile(
    at('card/DCIM/100CANON/IMG_0001.JPG'),
    await makeJpeg({ width: 2400, height: 1600, gps: true, serial: true }),
  );
  await writeFile(at('card/DCIM/100CANON/IMG_0002.JPG'), await makeJpeg({ width: 1200, height: 1600, orientation: 8 }));
  await writeFile(at('card/DCIM/100CANON/IMG_0003.JPG'), '');
  await writeFile(at('card/DCIM/100CANON/notes.txt'), 'not a photo, not picked from a folder');
  await writeFile(at('card/download.jpg'), '<!doctype html><html>403</html>');
}, 30_000);
afterAll(() => scratch.remove());

describe('newsdesk photos', () => {
  it('writes renditions and sidecars, shows progress, exits non-zero listing the failures', async () => {
    const { code, stdout, stderr } = await newsdesk('photos', at('card'), at('missing.jpg'), '--out', at('out'));
    expect(code).toBe(1);
    const progress = stderr.split('\n').filter((l) => /^\d+\/\d+ photos/.test(l));
    expect(progress.map((l) => l.split(' ')[0])).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
    expect(progress.at(-1)).toBe('5/5 photos (3 failed)');
    expect(stderr).toContain(
      [
        '3 photos failed:',
        '  IMG_0003.JPG: the file is empty (0 bytes) — copy it again from the card',
        '  download.jpg: this is not a photo (it is a web page) — ask for the original picture',
        '  missing.jpg: cannot be read: the file was not found — was the card removed or the file moved?',
      ].join('\n'),
    );
    expect(stdout).toBe(`2 of 5 photos written to ${at('out')}\n`);
    expect((await readdir(at('out'))).sort()).toEqual([
      'IMG_0001.1280.jpg',
      'IMG_0001.2048.jpg',
      'IMG_0001.320.jpg',
      'IMG_0001.640.jpg',
      'IMG_0001.json',
      'IMG_0002.1280.jpg',
      'IMG_0002.1600.jpg',
      'IMG_0002.320.jpg',
      'IMG_0002.640.jpg',
      'IMG_0002.json',
    ]);
    const sidecar = PhotoRecordSchema.parse(JSON.parse(await readFile(at('out/IMG_0002.json'), 'utf8')));
    expect(sidecar).toMatchObject({
      name: 'IMG_0002.JPG',
      width: 1600,
      height: 1200,
      original: { file: at('card/DCIM/100CANON/IMG_0002.JPG') },
    });
    expect(sidecar.renditions.map((r) => `${r.file} ${r.width}x${r.height}`)).toEqual([
      'IMG_0002.1600.jpg 1600x1200',
      'IMG_0002.1280.jpg 1280x960',
      'IMG_0002.640.jpg 640x480',
      'IMG_0002.320.jpg 320x240',
    ]);
    expect((await sharp(at('out/IMG_0002.320.jpg')).metadata()).width).toBe(320);
    const first = PhotoRecordSchema.parse(JSON.parse(await readFile(at('out/IMG_0001.json'), 'utf8')));
    expect(first.stripped).toEqual(expect.arrayContaining(['gps', 'serial_numbers', 'owner_name']));
  });

  it('exits 0 when every photo is done, and takes options', async () => {
    const { code, stderr } = await newsdesk(
      'photos',
      at('card/DCIM/100CANON/IMG_0002.JPG'),
      '--out',
      at('out2'),
      '--widths',
      '800,200',
      '--quality',
      '70',
      '--webp',
    );
    expect([code, stderr]).toEqual([0, '1/1 photos\n']);
    expect((await readdir(at('out2'))).sort()).toEqual([
      'IMG_0002.200.jpg',
      'IMG_0002.200.webp',
      'IMG_0002.800.jpg',
      'IMG_0002.800.webp',
      'IMG_0002.json',
    ]);
  });

  it('writes the caption and credit in NFC, however the photo spelled them', async () => {
    // A caption typed on a Mac, or by some Vietnamese input methods, arrives decomposed (NFD).
    const caption = 'Nông dân thu hoạch lúa ở Cần Thơ';
    const credit = 'Ảnh: Trần Văn Hùng';
    const xmp = xmpPacket({ caption: caption.normalize('NFD'), credit: credit.normalize('NFD') });
    await mkdir(at('nfd'));
    const photo = await makeJpeg({ width: 800, height: 600, xmp });
    expect(photo.includes(Buffer.from(caption.normalize('NFD')))).toBe(true); // the file really says NFD
    await writeFile(at('nfd/lúa.jpg'.normalize('NFD')), photo);
    const { code } = await newsdesk('photos', at('nfd'), '--out', at('nfd-out'), '--widths', '320');
    expect(code).toBe(0);
    const sidecar = PhotoRecordSchema.parse(JSON.parse(await readFile(at('nfd-out/lúa.json'), 'utf8')));
    expect([sidecar.caption, sidecar.credit, sidecar.name]).toEqual([caption, credit, 'lúa.jpg']);
  });

  it('explains its usage', async () => {
    const missingOut = await newsdesk('photos', at('card'));
    expect(missingOut.code).toBe(2);
    expect(missingOut.stderr).toMatch(
      /^newsdesk photos: give the photos \(files or folders\) and --out <folder>\n\nUsage: newsdesk photos/,
    );
    expect((await newsdesk('photos', at('card'), '--out', at('x'), '--keep', 'gps')).stderr).toMatch(
      /--keep takes headline, location, date_taken, camera \(GPS only with --keep-gps\)/,
    );
    expect((await newsdesk('tweet')).code).toBe(2);
    expect(await newsdesk('photos', '--help')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Usage: newsdesk photos/),
    });
  });
});

describe.skipIf(!hasPhotoFixtures)('newsdesk photos on the shared fixtures', () => {
  it('a batch of real and bad photos: good ones written, each bad one named, no GPS out', async () => {
    await mkdir(at('mixed'));
    for (const name of [
      'IPTC-PhotometadataRef-Std2021.1.jpg',
      'iptc-agency-photographer-example.jpg',
      'truncated.jpg',
      'giant-image.jpg',
      'Portrait_5.jpg',
    ]) {
      await symlink(fixture(name), at('mixed', name));
    }
    const { code, stderr } = await newsdesk('photos', at('mixed'), '--out', at('mixed-out'));
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /2 photos failed:\n {2}giant-image\.jpg: the picture is too large .*\n {2}truncated\.jpg: the file is damaged \(ends early\) — ask for it again\n$/,
    );
    const iptc = PhotoRecordSchema.parse(
      JSON.parse(await readFile(at('mixed-out/IPTC-PhotometadataRef-Std2021.1.json'), 'utf8')),
    );
    expect([iptc.caption, iptc.credit, iptc.altText]).toEqual([
      'The description aka caption (ref2021.1)',
      'Credit Line (ref2021.1)',
      'This is the Alt Text description to support accessibility in 2021.1',
    ]);
    const portrait = PhotoRecordSchema.parse(JSON.parse(await readFile(at('mixed-out/Portrait_5.json'), 'utf8')));
    expect([portrait.width, portrait.height]).toEqual([450, 600]);
    if (hasExiftool) {
      const tags = exiftool(at('mixed-out/iptc-agency-photographer-example.527.jpg'));
      expect([...gpsTags(tags), ...serialTags(tags)]).toEqual([]);
      expect(tags).toMatchObject({ 'XMP-dc:Creator': 'Julie Doe', 'XMP-photoshop:Credit': 'Mugwum Press' });
    }
  }, 120_000);
});
