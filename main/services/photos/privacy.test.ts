import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Stripped } from '../../../shared/article/photo';
import { exiftool, hasExiftool, tempDir } from '../../../tests/support/photos';
import { escapeXml, renditionMetadata, xmpPacket, type WhatToKeep } from './privacy';

describe('escapeXml', () => {
  const cases: [string, string][] = [
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['<script>"x"</script>', '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'],
    ["it's", 'it&apos;s'],
    ['a\u0000b\u0007c\u001Fd', 'abcd'],
    ['tab\tnew\nline', 'tab\tnew\nline'],
    ['lone \uD800 surrogate', 'lone  surrogate'],
    ['Nguyễn Văn Hiếu 😀', 'Nguyễn Văn Hiếu 😀'],
    [']]><!--', ']]&gt;&lt;!--'],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => expect(escapeXml(input)).toBe(expected));
  }
});

const base: WhatToKeep = {
  metadata: {
    caption: 'Cầu Cần Thơ lúc bình minh',
    creator: 'Nguyễn Văn A',
    credit: 'TTXVN',
    copyright: '© 2024 TTXVN',
    headline: 'Cầu Cần Thơ',
    city: 'Cần Thơ',
    country: 'Việt Nam',
    altText: 'Cây cầu dây văng trên sông Hậu',
    dateTaken: '2024-10-14T06:12:00+07:00',
    camera: 'Canon EOS R6',
    hasGps: true,
  },
  caption: 'Cầu Cần Thơ lúc bình minh',
  credit: 'TTXVN',
  copyright: '© 2024 TTXVN',
  altText: 'Cây cầu dây văng trên sông Hậu',
  keepMore: [],
  keepGps: false,
  coordinates: { latitude: 10.0333, longitude: 105.7833 },
};
const found = new Set<Stripped>(['gps', 'serial_numbers', 'owner_name', 'exif', 'iptc', 'xmp']);

describe('what a rendition keeps', () => {
  it('keeps caption, creator, credit, copyright and alt text; strips everything else', () => {
    const { xmp, kept, stripped } = renditionMetadata(base, found);
    expect(kept).toEqual(['caption', 'creator', 'credit', 'copyright', 'alt_text']);
    expect(stripped).toEqual(['exif', 'gps', 'iptc', 'owner_name', 'serial_numbers', 'xmp']);
    expect(xmp).not.toMatch(/GPS|Canon|Headline|City/);
  });

  it('an outlet may keep more, but never GPS', () => {
    const { kept, xmp } = renditionMetadata(
      { ...base, keepMore: ['headline', 'location', 'date_taken', 'camera'] },
      found,
    );
    expect(kept).toEqual([
      'caption',
      'creator',
      'credit',
      'copyright',
      'alt_text',
      'headline',
      'location',
      'date_taken',
      'camera',
    ]);
    expect(xmp).toContain('<photoshop:City>Cần Thơ</photoshop:City>');
    expect(xmp).not.toMatch(/GPS/);
  });

  it('GPS only by a choice made for this photo', () => {
    const { kept, stripped, xmp } = renditionMetadata({ ...base, keepGps: true }, found);
    expect(kept).toContain('gps');
    expect(stripped).not.toContain('gps');
    expect(xmp).toContain('<exif:GPSLatitude>10,1.998000N</exif:GPSLatitude>');
  });

  it('writes no XMP when there is nothing to keep', () => {
    const none = renditionMetadata(
      { ...base, metadata: { hasGps: false }, caption: '', credit: '', copyright: '', altText: '' },
      new Set(),
    );
    expect(none).toEqual({ xmp: undefined, kept: [], stripped: [] });
  });
});

describe('the XMP packet', () => {
  const tricky = {
    caption: 'A & B <say> "hi" — Nguyễn\u0001 \'quoted\'',
    creator: 'Nguyễn Văn Hiếu',
    credit: 'Ảnh: TTXVN & Reuters',
    copyright: '© 2024 <Tuổi Trẻ>',
    altText: 'Hai người bắt tay',
  };

  it('reads back exactly (exifr)', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
      .jpeg()
      .withXmp(xmpPacket(tricky))
      .toBuffer();
    const xmp = await exifr.parse(jpeg, { xmp: true, mergeOutput: false, tiff: false });
    expect(xmp.dc.creator).toBe(tricky.creator);
    expect(xmp.photoshop.Credit).toBe('Ảnh: TTXVN &amp; Reuters'); // exifr leaves entities; exiftool below decodes
  });

  it.skipIf(!hasExiftool)('reads back exactly (exiftool)', async () => {
    const { dir, remove } = await tempDir();
    try {
      const file = `${dir}/x.jpg`;
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
        .jpeg()
        .withXmp(xmpPacket(tricky))
        .toFile(file);
      const tags = exiftool(file);
      expect(tags['XMP-dc:Description']).toBe('A & B <say> "hi" — Nguyễn \'quoted\'');
      expect(tags['XMP-dc:Creator']).toBe(tricky.creator);
      expect(tags['XMP-photoshop:Credit']).toBe(tricky.credit);
      expect(tags['XMP-dc:Rights']).toBe(tricky.copyright);
      expect(tags['XMP-iptcCore:AltTextAccessibility']).toBe(tricky.altText);
    } finally {
      await remove();
    }
  });
});
