import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp, { type Exif } from 'sharp';
import { photosDir } from './reference';

/** The shared photo fixtures are read in place; tests that need them skip when they are absent. */
export const hasPhotoFixtures = existsSync(path.join(photosDir, 'MANIFEST.tsv'));
export const fixture = (name: string) => path.join(photosDir, name);

/** The shared fixtures Newsdesk's pipeline decodes (HEIC through heic-decode); the rest are bad files on purpose. */
export const DECODABLE_FIXTURES: readonly string[] = [
  'IPTC-PhotometadataRef-Std2021.1.jpg',
  'iptc-agency-photographer-example.jpg',
  'Bush-dog.jpg',
  'Landscape_3.jpg',
  'Landscape_6.jpg',
  'Landscape_8.jpg',
  'Portrait_5.jpg',
  'IMG_20180725_163423.jpg',
  'canon-dslr.jpg',
  'iptc-mess.jpg',
  'Channel_digital_image_CMYK_color.jpg',
  'kitten-progressive.jpg',
  'blackbug.png',
  'Flag_of_the_Netherlands-16bit.png',
  '4.webp',
  'heic-iphone.heic',
  'Crash_test.gif',
  'tifftag-photoshop.tiff',
  'png_with_exif_and_gps.png',
];

export const hasExiftool = spawnSync('exiftool', ['-ver']).status === 0;

// Skipping is for a developer's machine without them; CI must run every photo test.
if (process.env.CI && !(hasPhotoFixtures && hasExiftool)) {
  throw new Error(
    `CI must run the photo tests: ${hasPhotoFixtures ? '' : `no fixtures at ${photosDir} (NEWSDESK_PHOTOS_DIR); `}` +
      `${hasExiftool ? '' : 'no exiftool (scripts/setup.sh installs libimage-exiftool-perl)'}`,
  );
}

/** exiftool's view of a file: every tag, grouped ("XMP-dc:Creator", "GPS:GPSLatitude"). */
export function exiftool(file: string): Record<string, unknown> {
  const out = execFileSync('exiftool', ['-j', '-G1', '-a', file], { encoding: 'utf8' });
  return (JSON.parse(out) as Record<string, unknown>[])[0];
}

export const gpsTags = (tags: Record<string, unknown>) => Object.keys(tags).filter((k) => /gps/i.test(k));
export const serialTags = (tags: Record<string, unknown>) => Object.keys(tags).filter((k) => /serial/i.test(k));
export const ownerTags = (tags: Record<string, unknown>) => Object.keys(tags).filter((k) => /owner/i.test(k));

export async function tempDir(prefix = 'newsdesk-photos-'): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A picture whose orientation shows: four differently coloured quadrants, so any rotation or
 * mirroring changes the pixels. Stored `width` × `height`.
 */
export function quadrants(width: number, height: number): Promise<Buffer> {
  const half = (n: number) => Math.floor(n / 2);
  const block = (w: number, h: number, r: number, g: number, b: number) =>
    sharp({ create: { width: w, height: h, channels: 3, background: { r, g, b } } })
      .png()
      .toBuffer();
  return Promise.all([
    block(half(width), half(height), 230, 30, 30),
    block(width - half(width), half(height), 30, 200, 40),
    block(half(width), height - half(height), 40, 60, 220),
    block(width - half(width), height - half(height), 240, 220, 40),
  ]).then(([tl, tr, bl, br]) =>
    sharp({ create: { width, height, channels: 3, background: '#000' } })
      .composite([
        { input: tl, left: 0, top: 0 },
        { input: tr, left: half(width), top: 0 },
        { input: bl, left: 0, top: half(height) },
        { input: br, left: half(width), top: half(height) },
      ])
      .png()
      .toBuffer(),
  );
}

export interface TestPhoto {
  width?: number;
  height?: number;
  orientation?: number;
  gps?: boolean;
  serial?: boolean;
  xmp?: string;
}

/** A JPEG made here (for when the shared fixtures are absent), with the EXIF a camera writes. */
export async function makeJpeg(photo: TestPhoto = {}): Promise<Buffer> {
  const { width = 800, height = 600 } = photo;
  const ifd0: Record<string, string> = { Make: 'Canon', Model: 'Canon EOS R6' };
  const exif: Exif = { IFD0: ifd0 };
  if (photo.serial)
    exif.IFD2 = { BodySerialNumber: '032021001234', CameraOwnerName: 'Reporter Name', LensSerialNumber: '0000c1a2b3' };
  if (photo.gps) {
    exif.IFD3 = {
      GPSLatitudeRef: 'N',
      GPSLatitude: '10/1 2/1 0/1',
      GPSLongitudeRef: 'E',
      GPSLongitude: '105/1 46/1 0/1',
    };
  }
  let image = sharp(await quadrants(width, height))
    .jpeg({ quality: 90 })
    .withExif(exif);
  // libvips writes the Orientation tag from its own field, not from withExif's IFD0.
  if (photo.orientation) image = image.withMetadata({ orientation: photo.orientation });
  if (photo.xmp) image = image.withXmp(photo.xmp);
  return image.toBuffer();
}

/** Small raw RGB of an image as stored, ignoring any EXIF orientation. */
export async function storedPixels(input: string | Buffer, width: number, height: number) {
  const { data } = await sharp(input)
    .resize(width, height, { fit: 'fill' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width, height };
}

/**
 * Applies EXIF orientation 1–8 to raw RGB by hand (the EXIF 2.3 table), independent of libvips,
 * so tests can check sharp's auto-orientation against it.
 */
export function orient(image: { data: Buffer; width: number; height: number }, orientation: number) {
  const { data, width: W, height: H } = image;
  const swap = orientation >= 5;
  const width = swap ? H : W;
  const height = swap ? W : H;
  const out = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [sx, sy] = (
        {
          1: [x, y],
          2: [W - 1 - x, y],
          3: [W - 1 - x, H - 1 - y],
          4: [x, H - 1 - y],
          5: [y, x],
          6: [y, H - 1 - x],
          7: [W - 1 - y, H - 1 - x],
          8: [W - 1 - y, x],
        } as Record<number, [number, number]>
      )[orientation];
      data.copy(out, (y * width + x) * 3, (sy * W + sx) * 3, (sy * W + sx) * 3 + 3);
    }
  }
  return { data: out, width, height };
}

/** Mean absolute difference per channel (0–255) between two same-sized raw RGB images. */
export function meanDifference(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return sum / a.length;
}
