import { availableParallelism } from 'node:os';

/** Optional metadata an outlet may choose to keep in renditions besides the default four. */
export type KeepMore = 'headline' | 'location' | 'date_taken' | 'camera';

/** An outlet's photo settings. Settings storage comes later: this is the plain object it will fill. */
export interface PhotoOptions {
  /** Rendition widths in px, largest first; the smallest is the thumbnail. Never enlarged. */
  widths: number[];
  /** JPEG quality, 1–100. */
  quality: number;
  /** Also write a WebP beside each JPEG. */
  webp: boolean;
  webpQuality: number;
  /** Fields kept besides caption, creator, credit, copyright and alt text. Never GPS. */
  keepMore: KeepMore[];
  /** Photos decoded at once. Each decode uses about one core. */
  concurrency: number;
  /** sharp's pixel limit (width × height); the default is sharp's own. */
  maxPixels: number;
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
}

export const SHARP_DEFAULT_PIXEL_LIMIT = 0x3fff * 0x3fff;

export const defaultPhotoOptions: PhotoOptions = {
  widths: [2048, 1280, 640, 320],
  quality: 82,
  webp: false,
  webpQuality: 80,
  keepMore: [],
  concurrency: Math.max(1, Math.min(2, availableParallelism())),
  maxPixels: SHARP_DEFAULT_PIXEL_LIMIT,
  maxBytes: 512 * 1024 * 1024,
};

export function photoOptions(overrides: Partial<PhotoOptions> = {}): PhotoOptions {
  const options = { ...defaultPhotoOptions, ...overrides };
  const widths = [...new Set(options.widths.map((w) => Math.round(w)))].sort((a, b) => b - a);
  if (widths.length === 0 || widths.some((w) => !(w >= 16 && w <= 16384))) {
    throw new RangeError('rendition widths must be between 16 and 16384 px');
  }
  if (!(options.quality >= 1 && options.quality <= 100)) throw new RangeError('quality must be 1–100');
  if (!(options.maxPixels > 0 && options.maxPixels <= SHARP_DEFAULT_PIXEL_LIMIT)) {
    throw new RangeError("the pixel limit stays at sharp's default or lower");
  }
  return { ...options, widths, concurrency: Math.max(1, Math.floor(options.concurrency)) };
}
