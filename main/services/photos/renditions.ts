import sharp from 'sharp';
import type { RawImage } from './decode';

export interface RenditionSettings {
  widths: readonly number[];
  quality: number;
  webp: boolean;
  webpQuality: number;
}

export interface EncodedRendition {
  width: number;
  height: number;
  format: 'jpeg' | 'webp';
  data: Buffer;
}

/**
 * The widths a photo gets: each configured width, never wider than the photo itself (never
 * enlarged); a photo narrower than the largest width gets one rendition at its own width.
 */
export function renditionWidths(widths: readonly number[], photoWidth: number): number[] {
  return [...new Set(widths.map((w) => Math.min(w, photoWidth)))].sort((a, b) => b - a);
}

/**
 * Encodes every rendition from the one decoded buffer (no second decode), in parallel on
 * libuv's threads. Each carries only `xmp`: sharp writes no EXIF, IPTC or ICC of its own.
 */
export async function encodeRenditions(
  image: RawImage,
  settings: RenditionSettings,
  xmp: string | undefined,
): Promise<EncodedRendition[]> {
  const input = { raw: { width: image.width, height: image.height, channels: image.channels } };
  const jobs: Promise<EncodedRendition>[] = [];
  for (const width of renditionWidths(settings.widths, image.width)) {
    const formats: EncodedRendition['format'][] = settings.webp ? ['jpeg', 'webp'] : ['jpeg'];
    for (const format of formats) {
      let pipeline = sharp(image.data, input);
      if (width < image.width) pipeline = pipeline.resize({ width });
      pipeline =
        format === 'jpeg'
          ? pipeline.jpeg({ quality: settings.quality })
          : pipeline.webp({ quality: settings.webpQuality });
      if (xmp !== undefined) pipeline = pipeline.withXmp(xmp);
      jobs.push(
        pipeline
          .toBuffer({ resolveWithObject: true })
          .then(({ data, info }) => ({ width: info.width, height: info.height, format, data })),
      );
    }
  }
  return Promise.all(jobs);
}
