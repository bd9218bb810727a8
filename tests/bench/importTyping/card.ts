// A 200-photo card in a temp folder, from the shared fixtures: every decodable fixture once, then
// the JPEGs again as distinct files (the desk de-duplicates by content, so an exact copy would be
// skipped rather than developed). Without the fixtures, camera-sized JPEGs made with sharp.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DECODABLE_FIXTURES, makeJpeg } from '../../support/photos';
import { photosDir } from '../../support/reference';

const JPEG = /\.jpe?g$/i;

/**
 * The same JPEG with a comment segment (FF FE) right after its start-of-image marker: a valid
 * file with the same pixels and different bytes, as two frames of a burst would be.
 */
export function withComment(jpeg: Buffer, comment: string): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  const text = Buffer.from(comment, 'latin1');
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, text, jpeg.subarray(2)]);
}

export interface Card {
  files: string[];
  /** How many are the shared fixtures themselves (the rest are distinct copies of their JPEGs, or made). */
  fromFixtures: number;
}

/** Writes `count` distinct photos into `dir`. */
export async function makeCard(dir: string, count: number): Promise<Card> {
  await mkdir(dir, { recursive: true });
  const fixtures = DECODABLE_FIXTURES.filter((name) => existsSync(path.join(photosDir, name)));
  const jpegs = fixtures.filter((name) => JPEG.test(name));
  const files: string[] = [];
  const write = async (name: string, data: Buffer) => {
    const file = path.join(dir, name);
    await writeFile(file, data);
    files.push(file);
  };
  for (const name of fixtures.slice(0, count)) await write(name, await readFile(path.join(photosDir, name)));
  for (let k = 0; files.length < count; k++) {
    const name = `DSC_${String(4000 + k).padStart(5, '0')}.jpg`;
    if (jpegs.length === 0) await write(name, await makeJpeg({ width: 2400 + 2 * k, height: 1600 }));
    else {
      const source = await readFile(path.join(photosDir, jpegs[k % jpegs.length]));
      await write(name, withComment(source, `Newsdesk bench frame ${k}`));
    }
  }
  return { files, fromFixtures: Math.min(count, fixtures.length) };
}
