import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fixture, hasPhotoFixtures } from '../../../tests/support/photos';
import { probePhoto } from './decode';
import { classifyPhotoError } from './errors';
import { decodeHeic, pngWithIccProfile } from './heic';

describe('HEIC support', () => {
  it('puts an ICC profile into a PNG so sharp converts the pixels to sRGB', async () => {
    const p3 = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#00ff00' } })
      .withIccProfile('p3')
      .png()
      .toBuffer();
    const icc = (await sharp(p3).metadata()).icc!;
    const plain = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#c86432' } })
      .png()
      .toBuffer();
    const tagged = pngWithIccProfile(plain, icc);
    const meta = await sharp(tagged).metadata();
    expect(meta.icc?.equals(icc)).toBe(true);
    // The same numbers mean a more saturated colour in Display P3: in sRGB, red rises, blue falls.
    const [r, g, b] = await sharp(tagged).toColourspace('srgb').raw().toBuffer();
    expect(r).toBeGreaterThan(0xc8 + 5);
    expect(b).toBeLessThan(0x32 - 5);
    expect(Math.abs(g - 0x64)).toBeLessThan(20);
  });

  it('a damaged HEIC fails with a clear message, in its worker', async () => {
    const notHeic = Buffer.concat([Buffer.from('000000186674797068656963000000006d696631', 'hex'), Buffer.alloc(64)]);
    const error = await decodeHeic(notHeic).catch((e: unknown) => e);
    expect(classifyPhotoError(error, 'IMG_0001.HEIC').message).toMatch(
      /^IMG_0001\.HEIC: the file is damaged \(.*\) — ask for it again$/,
    );
  });

  it('cancelling stops the decode', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(decodeHeic(Buffer.alloc(10), controller.signal)).rejects.toThrow();
  });

  it.skipIf(!hasPhotoFixtures)(
    'the iPhone HEIC: upright size from the container, not rotated again by EXIF',
    async () => {
      const file = await readFile(fixture('heic-iphone.heic'));
      const probe = await probePhoto(file, 'heic-iphone.heic', 268402689);
      expect(probe).toMatchObject({ format: 'heic', width: 4032, height: 3024, hasProfile: true });
      expect(probe.icc?.length).toBeGreaterThan(0);
    },
  );
});
