import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { KeptField, PhotoFormat, PhotoMetadata, Stripped } from '../../../shared/article/photo';
import { decodeUpright, probePhoto } from './decode';
import { classifyPhotoError, photoErrors } from './errors';
import { readPhotoMetadata } from './metadata';
import type { PhotoOptions } from './options';
import { renditionMetadata } from './privacy';
import { encodeRenditions, type EncodedRendition } from './renditions';

/** How originals are read: node's fs, or a test's that injects faults. */
export type SourceFs = Pick<typeof nodeFs, 'stat' | 'readFile'>;

export interface Original {
  source: string;
  /** File name shown in messages ("canon.jpg"). */
  name: string;
  bytes: Buffer;
  sha256: string;
}

/** Reads a photo file whole (it is hashed, probed, parsed and stored from the same bytes). */
export async function readOriginal(
  source: string,
  options: Pick<PhotoOptions, 'maxBytes'>,
  fs: SourceFs = nodeFs,
  signal?: AbortSignal,
  /** Shown in messages and kept as the record's name; a staged file's own name is not the photo's. */
  name = path.basename(source),
): Promise<Original> {
  try {
    signal?.throwIfAborted();
    const stat = await fs.stat(source);
    if (stat.isDirectory()) throw photoErrors.folder(name);
    if (stat.size === 0) throw photoErrors.empty(name);
    if (stat.size > options.maxBytes) throw photoErrors.fileTooLarge(name, stat.size, options.maxBytes);
    const bytes = await fs.readFile(source, { signal });
    if (bytes.length === 0) throw photoErrors.empty(name);
    return { source, name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (error) {
    throw classifyPhotoError(error, name);
  }
}

/** The desk's words for a photo; when given, renditions carry these instead of the original's. */
export type DeskText = Pick<DevelopedPhoto, 'caption' | 'credit' | 'copyright' | 'altText'>;

export interface DevelopedPhoto {
  format: PhotoFormat;
  /** Upright size of the original. */
  width: number;
  height: number;
  metadata: PhotoMetadata;
  /** Prefilled from the metadata: the desk edits them later. */
  caption: string;
  credit: string;
  copyright: string;
  altText: string;
  kept: KeptField[];
  stripped: Stripped[];
  renditions: EncodedRendition[];
}

/**
 * From original bytes to encoded renditions, in memory: probe the header (bad files fail here,
 * fast), read the metadata while libvips decodes on its own threads, then encode every width.
 * At import the words come from the original's metadata; a refresh passes the desk's `text`.
 * Any failure becomes a PhotoError naming the file.
 */
export async function developPhoto(
  original: Original,
  options: PhotoOptions,
  choice: { keepGps?: boolean; text?: DeskText } = {},
  signal?: AbortSignal,
): Promise<DevelopedPhoto> {
  try {
    const probe = await probePhoto(original.bytes, original.name, options.maxPixels);
    signal?.throwIfAborted();
    const decoding = decodeUpright(original.bytes, probe, options.widths[0], { maxPixels: options.maxPixels, signal });
    decoding.catch(() => undefined); // awaited below; this only keeps an early rejection handled
    const { metadata, found, coordinates } = await readPhotoMetadata(original.bytes, probe.exif);
    if (probe.hasProfile) found.add('icc_profile');
    const { caption, credit, copyright, altText } = choice.text ?? {
      caption: metadata.caption ?? '',
      credit: metadata.credit ?? metadata.creator ?? '',
      copyright: metadata.copyright ?? '',
      altText: metadata.altText ?? '',
    };
    const { xmp, kept, stripped } = renditionMetadata(
      {
        metadata,
        caption,
        credit,
        copyright,
        altText,
        keepMore: options.keepMore,
        keepGps: choice.keepGps === true,
        coordinates,
      },
      found,
    );
    const image = await decoding;
    signal?.throwIfAborted();
    const renditions = await encodeRenditions(image, options, xmp);
    const { width, height } = image.original;
    return {
      format: probe.format,
      width,
      height,
      metadata,
      caption,
      credit,
      copyright,
      altText,
      kept,
      stripped,
      renditions,
    };
  } catch (error) {
    throw classifyPhotoError(error, original.name, original.bytes);
  }
}

/** "2048.jpg", "320.webp": a rendition's file name inside its photo's folder. */
export const renditionFileName = (r: Pick<EncodedRendition, 'width' | 'format'>) =>
  `${r.width}.${r.format === 'jpeg' ? 'jpg' : 'webp'}`;
