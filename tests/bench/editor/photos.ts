// 40 real photos imported into the bench draft through the app's own API (photos.stage, photos.import).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { PhotoImportResult, PhotoRecord } from '../../../shared/article/photo';
import { DECODABLE_FIXTURES } from '../../support/photos';
import { photosDir } from '../../support/reference';
import type { PhotoPlacement } from './article';
import type { Host } from './app';

/** The decodable fixtures a browser shows as they are (JPEG, WebP); the rest of the 40 are made with sharp. */
const FIXTURES = DECODABLE_FIXTURES.filter((name) => /\.(jpe?g|webp)$/i.test(name));

const CAPTIONS = [
  'Bí thư Thành ủy Cần Thơ tặng Kỷ niệm chương vì sự nghiệp Dân vận cho các đại biểu.',
  'Các đại biểu chụp hình kỷ niệm tại buổi họp mặt.',
  'Quang cảnh buổi họp mặt kỷ niệm 94 năm ngày truyền thống công tác dân vận của Đảng.',
  'Lãnh đạo Ban Dân vận Thành ủy phát biểu tại buổi họp mặt.',
  'Người dân tham gia xây dựng nông thôn mới ở huyện Phong Điền.',
];

/** A camera-sized JPEG with noise, so it compresses like a photo; `k` makes each one different. */
function madePhoto(k: number): Promise<Buffer> {
  return sharp({
    create: {
      width: 1600 + k,
      height: 1067,
      channels: 3,
      background: { r: 40 + k * 4, g: 90, b: 140 },
      noise: { type: 'gaussian', mean: 128, sigma: 30 },
    },
  })
    .jpeg({ quality: 85 })
    .toBuffer();
}

async function photoFiles(count: number): Promise<{ name: string; data: Buffer }[]> {
  const fixtures = FIXTURES.filter((name) => existsSync(path.join(photosDir, name)));
  const files: { name: string; data: Buffer }[] = await Promise.all(
    fixtures.slice(0, count).map(async (name) => ({ name, data: await readFile(path.join(photosDir, name)) })),
  );
  for (let k = files.length; k < count; k++)
    files.push({ name: `DSC_${String(4100 + k).padStart(5, '0')}.jpg`, data: await madePhoto(k) });
  return files;
}

/** The widest rendition no wider than the body's 1280 px, as renderer/src/photos/renditions.ts places it. */
function placementOf(record: PhotoRecord, k: number): PhotoPlacement {
  const byWidth = [...record.renditions].sort((a, b) => a.width - b.width);
  const rendition = byWidth.filter((r) => r.width <= 1280).at(-1) ?? byWidth[0];
  return {
    photoId: record.id,
    src: rendition?.file,
    caption: CAPTIONS[k % CAPTIONS.length],
    credit: record.credit || 'Thảo Nguyên',
    altText: record.altText || 'Ảnh minh họa bài viết',
    width: record.width,
    height: record.height,
  };
}

/** photos.stage as the web bridge sends it: the file's bytes as the body, draftId and name in the query. */
async function stageBytes(host: Host, draftId: string, name: string, data: Buffer): Promise<{ stagedId: string }> {
  const query = new URLSearchParams({ draftId, name });
  const response = await fetch(`${host.origin}/api/photos.stage?${query.toString()}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${host.token}` },
    body: new Uint8Array(data),
  });
  const result = (await response.json()) as { ok: true; data: { stagedId: string } } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`photos.stage: ${JSON.stringify(result.error)}`);
  return result.data;
}

/** Imports `count` photos into the draft; resolves to what the body's captioned-photo nodes hold. */
export async function importPhotos(
  host: Host,
  draftId: string,
  count: number,
): Promise<{ placements: PhotoPlacement[]; fromFixtures: number }> {
  const files = await photoFiles(count);
  const staged = [];
  for (const file of files) {
    const { stagedId } = await stageBytes(host, draftId, file.name, file.data);
    staged.push({ stagedId, name: file.name });
  }
  const { results } = await host.call<{ results: PhotoImportResult[] }>('photos.import', {
    draftId,
    batchId: `bench-${Date.now()}`,
    files: staged,
  });
  const records = results.flatMap((r) => (r.ok ? [r.record] : []));
  if (records.length !== count) {
    const failed = results.flatMap((r) => (r.ok ? [] : [`${r.source}: ${r.error.message}`]));
    throw new Error(`imported ${records.length} of ${count} photos:\n${failed.join('\n')}`);
  }
  return { placements: records.map(placementOf), fromFixtures: files.filter((f) => FIXTURES.includes(f.name)).length };
}
