import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fixture,
  DECODABLE_FIXTURES,
  gpsTags,
  hasExiftool,
  hasPhotoFixtures,
  makeJpeg,
  meanDifference,
  orient,
  ownerTags,
  serialTags,
  storedPixels,
  tempDir,
} from '../../../tests/support/photos';
import { developPhoto, readOriginal, type DevelopedPhoto, type Original } from './develop';
import { photoOptions } from './options';
import { renditionWidths } from './renditions';

const options = photoOptions();

function original(bytes: Buffer, name = 'test.jpg'): Original {
  return { source: name, name, bytes, sha256: '0'.repeat(64) };
}

/** The largest rendition, shrunk to `w`×`h` raw RGB for comparing pixels. */
async function renditionPixels(photo: DevelopedPhoto, w: number, h: number) {
  return (await storedPixels(photo.renditions[0].data, w, h)).data;
}

describe('renditions of photos made here', () => {
  it('widths: each configured width, never wider than the photo', () => {
    const cases: [number[], number, number[]][] = [
      [[2048, 1280, 640, 320], 5184, [2048, 1280, 640, 320]],
      [[2048, 1280, 640, 320], 1024, [1024, 640, 320]],
      [[2048, 1280, 640, 320], 400, [400, 320]],
      [[2048, 1280, 640, 320], 1, [1]],
      [[1600, 800], 1600, [1600, 800]],
    ];
    for (const [widths, photoWidth, expected] of cases) expect(renditionWidths(widths, photoWidth)).toEqual(expected);
  });

  for (const orientation of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`EXIF orientation ${orientation} comes out upright`, async () => {
      const jpeg = await makeJpeg({ width: 800, height: 600, orientation });
      const photo = await developPhoto(original(jpeg), options);
      const [w, h] = orientation >= 5 ? [600, 800] : [800, 600];
      expect([photo.width, photo.height]).toEqual([w, h]);
      expect(photo.renditions.map((r) => [r.width, r.height])).toEqual(
        orientation >= 5
          ? [
              [600, 800],
              [320, 427],
            ]
          : [
              [800, 600],
              [640, 480],
              [320, 240],
            ],
      );
      const expected = orient(await storedPixels(jpeg, 40, 30), orientation);
      expect(meanDifference(await renditionPixels(photo, expected.width, expected.height), expected.data)).toBeLessThan(
        8,
      );
    });
  }

  it('writes WebP too when asked, at the configured quality', async () => {
    const jpeg = await makeJpeg({ width: 700, height: 500 });
    const low = await developPhoto(original(jpeg), photoOptions({ quality: 40, webp: true, widths: [640, 320] }));
    const high = await developPhoto(original(jpeg), photoOptions({ quality: 95, widths: [640, 320] }));
    expect(low.renditions.map((r) => `${r.format}:${r.width}`)).toEqual([
      'jpeg:640',
      'webp:640',
      'jpeg:320',
      'webp:320',
    ]);
    expect((await sharp(low.renditions[1].data).metadata()).format).toBe('webp');
    expect(low.renditions[0].data.length).toBeLessThan(high.renditions[0].data.length);
  });

  it.skipIf(!hasExiftool)('strips GPS, serial numbers and owner from camera EXIF', async () => {
    const { dir, remove } = await tempDir();
    try {
      const photo = await developPhoto(original(await makeJpeg({ gps: true, serial: true })), options);
      const files = await writeAll(dir, 'camera', photo);
      for (const tags of exiftoolAll(files)) {
        expect([...gpsTags(tags), ...serialTags(tags), ...ownerTags(tags)]).toEqual([]);
        expect(Object.keys(tags).filter((k) => k.startsWith('EXIF:') || k.startsWith('IFD0:'))).toEqual([]);
      }
      expect(photo.stripped).toEqual(expect.arrayContaining(['gps', 'serial_numbers', 'owner_name']));
    } finally {
      await remove();
    }
  });
});

async function writeAll(dir: string, stem: string, photo: DevelopedPhoto): Promise<string[]> {
  return Promise.all(
    photo.renditions.map(async (r) => {
      const file = path.join(dir, `${stem}.${r.width}.${r.format === 'jpeg' ? 'jpg' : 'webp'}`);
      await writeFile(file, r.data);
      return file;
    }),
  );
}

/** One exiftool run over many files (perl starts once). */
function exiftoolAll(files: string[]): Record<string, unknown>[] {
  return JSON.parse(execFileSync('exiftool', ['-j', '-G1', '-a', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

describe.skipIf(!hasPhotoFixtures)('renditions of the shared fixtures', () => {
  const developed = new Map<string, DevelopedPhoto>();
  const files = new Map<string, string[]>();
  let scratch: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    scratch = await tempDir();
    // Two at a time, like the import queue.
    const queue = [...DECODABLE_FIXTURES];
    const lane = async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        const photo = await developPhoto(await readOriginal(fixture(name), options), options);
        developed.set(name, photo);
        files.set(name, await writeAll(scratch.dir, path.parse(name).name, photo));
      }
    };
    await Promise.all([lane(), lane()]);
  }, 60_000);
  afterAll(() => scratch?.remove());

  it('every orientation fixture comes out upright, with width and height swapped where needed', async () => {
    const orientations: Record<string, [number, number, number]> = {
      'Landscape_3.jpg': [3, 600, 450],
      'Landscape_6.jpg': [6, 600, 450],
      'Landscape_8.jpg': [8, 600, 450],
      'Portrait_5.jpg': [5, 450, 600],
    };
    const uprights: Buffer[] = [];
    for (const [name, [orientation, width, height]] of Object.entries(orientations)) {
      const photo = developed.get(name)!;
      expect([photo.width, photo.height], name).toEqual([width, height]);
      expect([photo.renditions[0].width, photo.renditions[0].height], name).toEqual([width, height]);
      const stored = orientation >= 5 ? [height / 15, width / 15] : [width / 15, height / 15];
      const expected = orient(await storedPixels(fixture(name), stored[0], stored[1]), orientation);
      const actual = await renditionPixels(photo, expected.width, expected.height);
      expect(meanDifference(actual, expected.data), name).toBeLessThan(6);
      if (name.startsWith('Landscape')) uprights.push(actual);
    }
    // The three landscapes are one picture stored three ways: upright, they match each other.
    expect(meanDifference(uprights[0], uprights[1])).toBeLessThan(6);
    expect(meanDifference(uprights[0], uprights[2])).toBeLessThan(6);
  });

  it('the HEIC comes out upright, decoded without libvips, in sRGB', async () => {
    const photo = developed.get('heic-iphone.heic')!;
    expect(photo.format).toBe('heic');
    expect([photo.width, photo.height]).toEqual([4032, 3024]);
    expect(photo.renditions.map((r) => [r.width, r.height])).toEqual([
      [2048, 1536],
      [1280, 960],
      [640, 480],
      [320, 240],
    ]);
    const meta = await sharp(photo.renditions[0].data).metadata();
    expect([meta.space, meta.channels, meta.hasProfile]).toEqual(['srgb', 3, false]);
    expect(photo.stripped).toEqual(expect.arrayContaining(['gps', 'icc_profile']));
  });

  it('the CMYK file comes out sRGB, colours converted through its profile', async () => {
    const photo = developed.get('Channel_digital_image_CMYK_color.jpg')!;
    const meta = await sharp(photo.renditions[0].data).metadata();
    expect([meta.space, meta.channels]).toEqual(['srgb', 3]);
    const managed = await sharp(fixture('Channel_digital_image_CMYK_color.jpg'))
      .toColourspace('srgb')
      .resize(50, 33, { fit: 'fill' })
      .raw()
      .toBuffer();
    const unmanaged = await sharp(fixture('Channel_digital_image_CMYK_color.jpg'), { ignoreIcc: true })
      .toColourspace('srgb')
      .resize(50, 33, { fit: 'fill' })
      .raw()
      .toBuffer();
    const ours = await renditionPixels(photo, 50, 33);
    expect(meanDifference(ours, managed)).toBeLessThan(4);
    expect(meanDifference(ours, unmanaged)).toBeGreaterThan(6);
  });

  it('reads every format: alpha flattened on white, 16-bit, WebP, GIF, TIFF, progressive JPEG', async () => {
    const sizes = Object.fromEntries([...developed].map(([name, p]) => [name, `${p.format} ${p.width}x${p.height}`]));
    expect(sizes).toMatchObject({
      'blackbug.png': 'png 2048x1536',
      'Flag_of_the_Netherlands-16bit.png': 'png 900x600',
      '4.webp': 'webp 1024x772',
      'Crash_test.gif': 'gif 800x533',
      'tifftag-photoshop.tiff': 'tiff 317x211',
      'kitten-progressive.jpg': 'jpeg 1024x683',
    });
    const bug = await sharp(developed.get('blackbug.png')!.renditions.at(-1)!.data).stats();
    expect(bug.channels[0].mean).toBeGreaterThan(200); // mostly transparent → mostly white, not black
    const flag = await sharp(developed.get('Flag_of_the_Netherlands-16bit.png')!.renditions[0].data).metadata();
    expect(flag.depth).toBe('uchar');
  });

  it('never enlarges', () => {
    expect(developed.get('Bush-dog.jpg')!.renditions.map((r) => r.width)).toEqual([400, 320]);
    expect(developed.get('png_with_exif_and_gps.png')!.renditions.map((r) => r.width)).toEqual([1]);
    expect(developed.get('canon-dslr.jpg')!.renditions.map((r) => [r.width, r.height])).toEqual([
      [2048, 1365],
      [1280, 853],
      [640, 427],
      [320, 213],
    ]);
  });

  it.skipIf(!hasExiftool)('exiftool finds no GPS, serial number or owner in any rendition', () => {
    const all = [...files.values()].flat();
    const tags = exiftoolAll(all);
    expect(tags).toHaveLength(all.length);
    for (const t of tags) {
      expect([t.SourceFile, ...gpsTags(t), ...serialTags(t), ...ownerTags(t)]).toEqual([t.SourceFile]);
      const groups = new Set(Object.keys(t).map((k) => k.split(':')[0]));
      for (const g of [
        'IFD0',
        'ExifIFD',
        'GPS',
        'IPTC',
        'MakerNotes',
        'Canon',
        'Nikon',
        'Apple',
        'ICC_Profile',
        'ICC-header',
      ]) {
        expect(groups.has(g), `${t.SourceFile} has ${g}`).toBe(false);
      }
    }
  });

  it.skipIf(!hasExiftool)('exiftool finds caption, creator, credit, copyright and alt text in the XMP', () => {
    const tags = exiftoolAll(files.get('IPTC-PhotometadataRef-Std2021.1.jpg')!);
    for (const t of tags) {
      expect(t).toMatchObject({
        'XMP-dc:Description': 'The description aka caption (ref2021.1)',
        'XMP-dc:Creator': 'Creator1 (ref2021.1)',
        'XMP-photoshop:Credit': 'Credit Line (ref2021.1)',
        'XMP-dc:Rights': 'Copyright (Notice) 2021.1 IPTC - www.iptc.org  (ref2021.1)',
        'XMP-iptcCore:AltTextAccessibility': 'This is the Alt Text description to support accessibility in 2021.1',
      });
      // Nothing else of the reference image's long XMP (contact details, locations, persons).
      const xmpTags = Object.keys(t).filter((k) => k.startsWith('XMP-') && k !== 'XMP-x:XMPToolkit');
      expect(xmpTags.sort()).toEqual(
        [
          'XMP-dc:Creator',
          'XMP-dc:Description',
          'XMP-dc:Rights',
          'XMP-iptcCore:AltTextAccessibility',
          'XMP-photoshop:Credit',
        ].sort(),
      );
    }
  });
});
