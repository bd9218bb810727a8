import sharp, { type Metadata, type Sharp } from 'sharp';
import type { PhotoFormat } from '../../../shared/article/photo';
import { isSrgbProfile } from './colour';
import { photoErrors } from './errors';
import { sniffFormat } from './formats';
import { decodeHeic, pngWithIccProfile } from './heic';

// A batch service, not a thumbnail server: libvips' operation cache would only hold memory
// between photos that never share an operation. Threads per pipeline stay at sharp's default.
sharp.cache(false);

/** What the header says, read before any pixel is decoded. */
export interface Probe {
  format: PhotoFormat;
  /** Upright size (EXIF orientation applied; HEIC containers rotate their own pixels). */
  width: number;
  height: number;
  hasAlpha: boolean;
  /** The original's ICC profile (only needed on the HEIC path, where sharp never sees it). */
  icc?: Buffer;
  hasProfile: boolean;
  /** Its profile is plain sRGB: converting to sRGB would change nothing, so it is skipped. */
  srgbProfile: boolean;
  /** The raw EXIF block, for formats exifr cannot open itself. */
  exif?: Buffer;
}

export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  channels: 3;
  /** The whole picture's upright size (for HEIC: as the decoder turned it, which is the truth). */
  original: { width: number; height: number };
}

const sharpFormats: Record<string, PhotoFormat | undefined> = {
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  tiff: 'tiff',
};

/** Checks the file is a photo we can decode and not too large, in milliseconds, from its header. */
export async function probePhoto(file: Buffer, name: string, maxPixels: number): Promise<Probe> {
  const sniffed = sniffFormat(file.subarray(0, 64));
  if (sniffed.kind === 'not_an_image') throw photoErrors.notAnImage(name, sniffed.looksLike);
  if (sniffed.kind === 'unsupported') throw photoErrors.unsupported(name, sniffed.format);
  // No pixel limit for the header read (nothing is decoded) so the error can give the real size.
  const meta = await sharp(file, { limitInputPixels: false }).metadata();
  const format = formatOf(meta);
  if (format === undefined) throw photoErrors.unsupported(name, meta.format?.toUpperCase());
  const { width, height } = meta;
  if (!width || !height) throw photoErrors.notAnImage(name);
  if (width * height > maxPixels) throw photoErrors.tooLarge(name, { width, height }, maxPixels);
  const upright = format === 'heic' ? { width, height } : (meta.autoOrient ?? { width, height });
  return {
    format,
    width: upright.width,
    height: upright.height,
    hasAlpha: meta.hasAlpha === true,
    hasProfile: meta.hasProfile === true,
    icc: format === 'heic' ? meta.icc : undefined,
    srgbProfile: isSrgbProfile(meta.icc),
    exif: meta.exif,
  };
}

function formatOf(meta: Metadata): PhotoFormat | undefined {
  if (meta.format === 'heif') {
    if (meta.compression === 'hevc') return 'heic';
    if (meta.compression === 'av1') return 'avif';
    return undefined;
  }
  return sharpFormats[meta.format ?? ''];
}

/**
 * Decodes once, upright, in sRGB, 8-bit, alpha flattened on white, no wider than `maxWidth`.
 * For JPEG, libjpeg's shrink-on-load decodes at 1/2, 1/4 or 1/8 straight away, so a 24 MP
 * photo is never fully decoded; the renditions are then all made from this one buffer.
 */
export async function decodeUpright(
  file: Buffer,
  probe: Probe,
  maxWidth: number,
  limits: { maxPixels: number; signal?: AbortSignal },
): Promise<RawImage> {
  let original = { width: probe.width, height: probe.height };
  let pipeline: Sharp;
  if (probe.format === 'heic') {
    const rgba = await decodeHeic(file, limits.signal);
    original = { width: rgba.width, height: rgba.height };
    const raw = { raw: { width: rgba.width, height: rgba.height, channels: 4 as const } };
    pipeline = sharp(rgba.data, raw).resize({ width: Math.min(maxWidth, rgba.width), withoutEnlargement: true });
    if (probe.icc && !probe.srgbProfile) {
      const png = await pipeline.png({ compressionLevel: 0 }).toBuffer();
      pipeline = sharp(pngWithIccProfile(png, probe.icc));
    }
  } else {
    pipeline = sharp(file, { failOn: 'error', limitInputPixels: limits.maxPixels, ignoreIcc: probe.srgbProfile })
      .autoOrient()
      .resize({ width: Math.min(maxWidth, probe.width), withoutEnlargement: true });
  }
  limits.signal?.throwIfAborted();
  const { data, info } = await pipeline
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 3, original };
}
