import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fixture, hasPhotoFixtures, makeJpeg } from '../../../tests/support/photos';
import { decodeEntities, interpret, readPhotoMetadata } from './metadata';

describe.skipIf(!hasPhotoFixtures)('reading metadata from the shared fixtures', () => {
  it('reads every field of the IPTC reference image exactly', async () => {
    const { metadata, found } = await readPhotoMetadata(await readFile(fixture('IPTC-PhotometadataRef-Std2021.1.jpg')));
    expect(metadata).toMatchObject({
      caption: 'The description aka caption (ref2021.1)',
      creator: 'Creator1 (ref2021.1)',
      credit: 'Credit Line (ref2021.1)',
      copyright: 'Copyright (Notice) 2021.1 IPTC - www.iptc.org  (ref2021.1)',
      headline: 'The Headline (ref2021.1)',
      city: 'City (Core) (ref2021.1)',
      country: 'Country (Core) (ref2021.1)',
      altText: 'This is the Alt Text description to support accessibility in 2021.1',
      dateTaken: '2021-10-20T21:01:01+00:00',
    });
    // No EXIF GPS, but its IPTC "location created" carries coordinates: that counts as GPS.
    expect(metadata.hasGps).toBe(true);
    expect(found).toContain('creator_contact');
  });

  it('finds GPS, camera and serial numbers in a real camera photo', async () => {
    const agency = await readPhotoMetadata(await readFile(fixture('iptc-agency-photographer-example.jpg')));
    expect(agency.metadata).toMatchObject({
      creator: 'Julie Doe',
      credit: 'Mugwum Press',
      headline: 'Lincoln Memorial',
      hasGps: true,
    });
    expect(agency.coordinates?.latitude).toBeCloseTo(38.8902, 3);
    expect([...agency.found]).toEqual(expect.arrayContaining(['gps', 'serial_numbers', 'iptc', 'xmp', 'exif']));

    const canon = await readPhotoMetadata(await readFile(fixture('canon-dslr.jpg')));
    expect(canon.metadata).toMatchObject({
      camera: 'Canon EOS 1300D',
      hasGps: false,
      dateTaken: '2019-10-26T16:07:24',
    });
    expect([...canon.found]).toEqual(expect.arrayContaining(['serial_numbers', 'owner_name', 'maker_notes']));
  });

  it('reads real agency IPTC (AP) and the GPS hidden after the pixels of a PNG', async () => {
    const ap = await readPhotoMetadata(await readFile(fixture('Bush-dog.jpg')));
    expect(ap.metadata).toMatchObject({ creator: 'DUANE A. LAVERTY', credit: 'AP', headline: 'BUSH', city: 'WACO' });
    expect(ap.metadata.caption).toMatch(/^President Bush, along with first lady/);
    const png = await readPhotoMetadata(await readFile(fixture('png_with_exif_and_gps.png')));
    expect(png.metadata.hasGps).toBe(true);
  });

  it('reads HEIC EXIF (camera, GPS)', async () => {
    const { metadata } = await readPhotoMetadata(await readFile(fixture('heic-iphone.heic')));
    expect(metadata).toMatchObject({ camera: 'Apple iPhone XS Max', hasGps: true });
  });
});

describe('reading metadata', () => {
  it('reads GPS, serial numbers and owner from camera EXIF', async () => {
    const { metadata, found } = await readPhotoMetadata(await makeJpeg({ gps: true, serial: true }));
    expect(metadata).toMatchObject({ camera: 'Canon EOS R6', hasGps: true });
    expect([...found]).toEqual(expect.arrayContaining(['gps', 'serial_numbers', 'owner_name', 'exif']));
  });

  it('prefers XMP over IPTC over EXIF, and keeps text in NFC', () => {
    const nfd = 'Cần Thơ'.normalize('NFD');
    const { metadata } = interpret({
      ifd0: {
        ImageDescription: 'OLYMPUS DIGITAL CAMERA',
        Artist: 'exif artist',
        Make: 'NIKON CORPORATION',
        Model: 'NIKON D3S',
      },
      iptc: { Caption: 'iim caption', Byline: 'IIM Byline', City: nfd },
      dc: { description: { lang: 'x-default', value: 'xmp caption' } },
      photoshop: { Credit: 'TTXVN' },
    });
    expect(metadata).toEqual({
      caption: 'xmp caption',
      creator: 'IIM Byline',
      credit: 'TTXVN',
      city: 'Cần Thơ'.normalize('NFC'),
      camera: 'NIKON CORPORATION NIKON D3S',
      hasGps: false,
    });
    expect(interpret({ ifd0: { ImageDescription: 'OLYMPUS DIGITAL CAMERA' } }).metadata.caption).toBeUndefined();
  });

  it('a file without metadata (or not parseable) prefills nothing', async () => {
    expect((await readPhotoMetadata(Buffer.from('not a photo'))).metadata).toEqual({ hasGps: false });
  });

  const entities: [string, string][] = [
    ['Creator&#39;s CI', "Creator's CI"],
    ['Tom &amp; Jerry &lt;b&gt;', 'Tom & Jerry <b>'],
    ['&#x1EC7;', 'ệ'],
    ['&quot;x&quot; &apos;y&apos;', `"x" 'y'`],
    ['&bogus; &#0;', '&bogus; &#0;'],
  ];
  for (const [input, expected] of entities) {
    it(`decodes ${input}`, () => expect(decodeEntities(input)).toBe(expected));
  }
});
