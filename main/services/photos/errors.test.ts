import { mkdir, writeFile } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, hasPhotoFixtures, makeJpeg, tempDir } from '../../../tests/support/photos';
import { developPhoto, readOriginal, type SourceFs } from './develop';
import { classifyPhotoError, jpegEndsEarly, PhotoError } from './errors';
import { photoOptions } from './options';

const options = photoOptions();

/** Reads and develops one file; resolves to the PhotoError it failed with (or fails the test). */
async function failureOf(file: string, fs?: SourceFs): Promise<PhotoError> {
  try {
    await developPhoto(await readOriginal(file, options, fs), options);
  } catch (error) {
    expect(error).toBeInstanceOf(PhotoError);
    return error as PhotoError;
  }
  throw new Error(`${file} was imported`);
}

/** A decompression bomb's disguise: a PNG header declaring a huge 1-bit picture, no pixels. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(1, 8); // bit depth
  ihdr.writeUInt8(0, 9); // greyscale
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(64))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe.skipIf(!hasPhotoFixtures)('the bad files among the shared fixtures', () => {
  const cases: [string, PhotoError['code'], string][] = [
    ['truncated.jpg', 'damaged', 'truncated.jpg: the file is damaged (ends early) — ask for it again'],
    [
      'corrupt-header.jpg',
      'damaged',
      'corrupt-header.jpg: the file is damaged (its header is unreadable) — ask for it again',
    ],
    [
      'not-an-image.jpg',
      'not_an_image',
      'not-an-image.jpg: this is not a photo (it is a web page) — ask for the original picture',
    ],
    [
      'giant-image.jpg',
      'too_large',
      'giant-image.jpg: the picture is too large (20000 × 14000 px, 280 megapixels; the limit is 268) — ask for a smaller version',
    ],
    [
      '65536-uint32-limit.png',
      'too_large',
      '65536-uint32-limit.png: the picture is too large (65536 × 65536 px, 4295 megapixels; the limit is 268) — ask for a smaller version',
    ],
  ];
  for (const [name, code, message] of cases) {
    it(`${name} → ${code}`, async () => {
      // Decompression bombs are refused from the header (the message has the header's size); no
      // time limit here: on a loaded 2-core CI a timed assertion fails for the machine, not the app.
      const error = await failureOf(fixture(name));
      expect({ code: error.code, message: error.message }).toEqual({ code, message });
    });
  }
});

describe('bad input', () => {
  let scratch: Awaited<ReturnType<typeof tempDir>>;
  const file = (name: string) => path.join(scratch.dir, name);
  beforeAll(async () => {
    scratch = await tempDir();
    const jpeg = await makeJpeg({ width: 1600, height: 1200 });
    await writeFile(file('empty.jpg'), '');
    await writeFile(file('half.jpg'), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    await writeFile(file('page.jpg'), '<!DOCTYPE html><html><head><title>403 Forbidden</title></head></html>');
    await writeFile(file('notes.jpg'), 'Chú thích ảnh: Cần Thơ, 14/10');
    await writeFile(file('drawing.jpg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    await writeFile(file('scan.jpg'), Buffer.from('424d' + '00'.repeat(60), 'hex'));
    await writeFile(file('bomb.png'), pngHeaderOnly(20000, 14000));
    await mkdir(file('DCIM'));
  }, 30_000);
  afterAll(() => scratch.remove());

  // What crosses the boundary (code + detail, worded by the UI) and the English for logs and the CLI.
  const cases: [string, PhotoError['code'], PhotoError['detail'], RegExp][] = [
    ['empty.jpg', 'empty', {}, /^empty\.jpg: the file is empty \(0 bytes\) — copy it again from the card$/],
    [
      'half.jpg',
      'damaged',
      { cause: 'ends_early' },
      /^half\.jpg: the file is damaged \(ends early\) — ask for it again$/,
    ],
    ['page.jpg', 'not_an_image', { looksLike: 'web_page' }, /^page\.jpg: this is not a photo \(it is a web page\)/],
    ['notes.jpg', 'not_an_image', {}, /^notes\.jpg: this is not a photo file — ask for the original picture$/],
    ['drawing.jpg', 'unsupported', { format: 'SVG' }, /^drawing\.jpg: SVG files cannot be imported — save it as JPEG/],
    ['scan.jpg', 'unsupported', { format: 'BMP' }, /^scan\.jpg: BMP files cannot be imported/],
    [
      'bomb.png',
      'too_large',
      { width: 20000, height: 14000, megapixels: 280, limitMegapixels: 268 },
      /^bomb\.png: the picture is too large \(20000 × 14000 px, 280 megapixels; the limit is 268\)/,
    ],
    [
      'missing.jpg',
      'unreadable',
      { cause: 'not_found' },
      /^missing\.jpg: cannot be read: the file was not found — was the card removed/,
    ],
    ['DCIM', 'unreadable', { cause: 'folder' }, /^DCIM: this is a folder, not a photo$/],
  ];
  for (const [name, code, detail, message] of cases) {
    it(`${name} → ${code}`, async () => {
      const error = await failureOf(file(name));
      expect([error.code, error.detail]).toEqual([code, detail]);
      expect(error.message).toMatch(message);
    });
  }

  it('a file that cannot be read says so (permission denied, I/O error)', async () => {
    const denied: SourceFs = {
      stat: nodeFs.stat,
      readFile: (() =>
        Promise.reject(
          Object.assign(new Error('EACCES'), { code: 'EACCES', syscall: 'open' }),
        )) as SourceFs['readFile'],
    };
    const error = await failureOf(file('half.jpg'), denied);
    expect([error.code, error.detail, error.message]).toEqual([
      'unreadable',
      { cause: 'permission' },
      'half.jpg: cannot be read: permission denied — check the file’s permissions',
    ]);
    const io: SourceFs = {
      ...denied,
      readFile: (() =>
        Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO', syscall: 'read' }))) as SourceFs['readFile'],
    };
    expect((await failureOf(file('half.jpg'), io)).message).toBe(
      'half.jpg: cannot be read: the card or disk could not be read — check it and try again',
    );
  });

  it('files over the size limit are refused before they are read', async () => {
    const small = photoOptions({ maxBytes: 1000 });
    const error = await readOriginal(file('half.jpg'), small).catch((e: unknown) => e as PhotoError);
    expect([(error as PhotoError).code, (error as PhotoError).detail]).toEqual([
      'too_large',
      { mebibytes: 0, limitMebibytes: 0 },
    ]);
  });

  it('classifies decoder messages', () => {
    const cases: [string, string][] = [
      ['VipsJpeg: premature end of JPEG image', 'x.jpg: the file is damaged (ends early) — ask for it again'],
      [
        'Input file has corrupt header: VipsJpeg: premature end of JPEG image',
        'x.jpg: the file is damaged (its header is unreadable) — ask for it again',
      ],
      [
        'Input file contains unsupported image format',
        'x.jpg: this is not a photo file — ask for the original picture',
      ],
      [
        'Input image exceeds pixel limit',
        'x.jpg: the picture is too large (more than 268 megapixels) — ask for a smaller version',
      ],
      [
        'HEIF: HEIF processing error',
        'x.jpg: the file is damaged (the HEIC picture could not be decoded) — ask for it again',
      ],
      ['VipsPng: libpng read error', 'x.jpg: the file is damaged (it could not be decoded) — ask for it again'],
    ];
    for (const [raw, message] of cases) expect(classifyPhotoError(new Error(raw), 'x.jpg').message).toBe(message);
    const full = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', syscall: 'write' });
    expect(classifyPhotoError(full, 'x.jpg')).toMatchObject({
      code: 'storage_failed',
      detail: { reason: 'disk_full' },
      message: 'x.jpg: could not be saved in the draft: the disk is full',
    });
  });
});

describe('a decoder failure whose message says nothing', () => {
  it('is "ends early" for a JPEG cut before its end marker, and stays "could not be decoded" otherwise', async () => {
    const whole = await makeJpeg();
    const cut = whole.subarray(0, Math.floor(whole.length / 2));
    const padded = Buffer.concat([whole, Buffer.from([0, 0, 0x0a])]);
    expect([
      jpegEndsEarly(whole),
      jpegEndsEarly(padded),
      jpegEndsEarly(cut),
      jpegEndsEarly(Buffer.from('<html>')),
    ]).toEqual([false, false, true, false]);
    // libvips, under load, sometimes reports a truncated JPEG as just "Unknown error".
    const unknown = new Error('Unknown error');
    expect(classifyPhotoError(unknown, 'cut.jpg', cut).message).toBe(
      'cut.jpg: the file is damaged (ends early) — ask for it again',
    );
    expect(classifyPhotoError(unknown, 'whole.jpg', whole).message).toBe(
      'whole.jpg: the file is damaged (it could not be decoded) — ask for it again',
    );
    expect(classifyPhotoError(unknown, 'cut.jpg').message).toBe(
      'cut.jpg: the file is damaged (it could not be decoded) — ask for it again',
    );
  });
});
