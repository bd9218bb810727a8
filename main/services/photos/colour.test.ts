import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fixture, hasPhotoFixtures, meanDifference, storedPixels } from '../../../tests/support/photos';
import { isSrgbProfile } from './colour';
import { developPhoto, readOriginal } from './develop';
import { photoOptions } from './options';

const profileOf = async (name: 'srgb' | 'p3' | 'cmyk') => {
  const tagged = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#888' } })
    .withIccProfile(name)
    .jpeg()
    .toBuffer();
  return (await sharp(tagged).metadata()).icc;
};

describe('isSrgbProfile', () => {
  it('knows sRGB from Display P3, CMYK and junk', async () => {
    expect(isSrgbProfile(await profileOf('srgb'))).toBe(true);
    expect(isSrgbProfile(await profileOf('p3'))).toBe(false);
    expect(isSrgbProfile(await profileOf('cmyk'))).toBe(false);
    expect(isSrgbProfile(undefined)).toBe(false);
    expect(isSrgbProfile(Buffer.alloc(200, 0xff))).toBe(false);
    const truncated = (await profileOf('srgb'))!.subarray(0, 140);
    expect(isSrgbProfile(truncated)).toBe(false);
  });

  it.skipIf(!hasPhotoFixtures)('skipping an sRGB profile leaves the colours as a full conversion would', async () => {
    const name = 'IMG_20180725_163423.jpg';
    const options = photoOptions({ widths: [320] });
    const photo = await developPhoto(await readOriginal(fixture(name), options), options);
    const managed = await sharp(fixture(name)).resize(64, 48, { fit: 'fill' }).toColourspace('srgb').raw().toBuffer();
    expect(meanDifference((await storedPixels(photo.renditions[0].data, 64, 48)).data, managed)).toBeLessThan(2);
  });
});
