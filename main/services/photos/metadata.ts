import exifr from 'exifr';
import type { PhotoMetadata, Stripped } from '../../../shared/article/photo';
import { toNfc } from '../../../shared/text/nfc';

/** What the original says about itself, and which private or extra blocks it carries. */
export interface MetadataReading {
  metadata: PhotoMetadata;
  /** Blocks found in the original; none reaches a rendition unless privacy.ts writes it back. */
  found: Set<Stripped>;
  /** Kept only in memory, for the per-photo choice to keep GPS in renditions. */
  coordinates?: { latitude: number; longitude: number };
}

type Segments = Record<string, Record<string, unknown> | undefined>;

const exifrOptions = {
  tiff: true,
  exif: true,
  gps: true,
  ifd1: false,
  interop: false,
  makerNote: true,
  userComment: false,
  iptc: true,
  xmp: true,
  icc: false,
  jfif: false,
  ihdr: false,
  multiSegment: true,
  mergeOutput: false,
  translateKeys: true,
  translateValues: false,
  reviveValues: false,
  sanitize: true,
} satisfies Parameters<typeof exifr.parse>[1];

/**
 * Reads IPTC, XMP and EXIF with exifr. XMP wins over IPTC-IIM (it is UTF-8 by definition; IIM's
 * character set is often unknown), and both over EXIF's ImageDescription/Artist/Copyright.
 * `exif` is the raw EXIF block (sharp's `metadata().exif`) for formats exifr cannot open (WebP).
 * A file whose metadata cannot be parsed still imports: it just prefills nothing.
 */
export async function readPhotoMetadata(file: Buffer, exif?: Buffer): Promise<MetadataReading> {
  let segments: Segments = {};
  try {
    segments = ((await exifr.parse(file, exifrOptions)) ?? {}) as Segments;
  } catch {
    if (exif && exif.length > 6) {
      // sharp gives "Exif\0\0" followed by the TIFF structure exifr understands.
      const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
      segments = ((await exifr.parse(tiff, exifrOptions).catch(() => undefined)) ?? {}) as Segments;
    }
  }
  return interpret(segments);
}

export function interpret(segments: Segments): MetadataReading {
  const ns = (...names: string[]) => names.map((n) => segments[n]).find((s) => s !== undefined) ?? {};
  const { ifd0 = {}, exif = {}, gps = {}, iptc = {} } = segments as Record<string, Record<string, unknown>>;
  const dc = ns('dc');
  const photoshop = ns('photoshop');
  const core = ns('Iptc4xmpCore');
  const ext = ns('Iptc4xmpExt');

  const pick = (...values: unknown[]) => values.map(text).find((v) => v !== undefined);
  const make = text(ifd0.Make);
  const model = text(ifd0.Model);

  const metadata: PhotoMetadata = {
    caption: pick(dc.description, iptc.Caption, meaningfulDescription(ifd0.ImageDescription)),
    creator: pick(dc.creator, iptc.Byline, ifd0.Artist),
    credit: pick(photoshop.Credit, iptc.Credit),
    copyright: pick(dc.rights, iptc.CopyrightNotice, ifd0.Copyright),
    headline: pick(photoshop.Headline, iptc.Headline),
    city: pick(photoshop.City, iptc.City),
    country: pick(photoshop.Country, iptc.Country),
    altText: pick(core.AltTextAccessibility),
    dateTaken:
      exifDate(exif.DateTimeOriginal, exif.OffsetTimeOriginal) ??
      exifDate(exif.CreateDate, exif.OffsetTimeDigitized) ??
      pick(photoshop.DateCreated),
    camera:
      make && model && model.toLowerCase().startsWith(make.toLowerCase())
        ? model
        : [make, model].filter(Boolean).join(' ') || undefined,
    hasGps:
      hasCoordinates(gps) ||
      hasCoordinates(exif) ||
      hasCoordinates(ext.LocationCreated) ||
      hasCoordinates(ext.LocationShown),
  };
  for (const key of Object.keys(metadata) as (keyof PhotoMetadata)[]) {
    if (metadata[key] === undefined) delete metadata[key];
  }

  const found = new Set<Stripped>();
  const all = Object.values(segments);
  if (metadata.hasGps || Object.keys(gps).length > 0) found.add('gps');
  if (all.some((s) => hasKey(s, /serial/i))) found.add('serial_numbers');
  if (all.some((s) => hasKey(s, /owner/i))) found.add('owner_name');
  if (core.CreatorContactInfo !== undefined) found.add('creator_contact');
  if (segments.makerNote !== undefined) found.add('maker_notes');
  if (segments.ifd0 !== undefined || segments.exif !== undefined) found.add('exif');
  if (segments.iptc !== undefined) found.add('iptc');
  const blocks = new Set(['ifd0', 'ifd1', 'exif', 'gps', 'interop', 'makerNote', 'iptc', 'icc', 'jfif', 'ihdr']);
  if (Object.keys(segments).some((name) => !blocks.has(name))) found.add('xmp');
  const coordinates =
    typeof gps.latitude === 'number' && typeof gps.longitude === 'number'
      ? { latitude: gps.latitude, longitude: gps.longitude }
      : undefined;
  return { metadata, found, coordinates };
}

/** A string from exifr's many shapes: plain, lang-alt `{lang, value}`, arrays (first x-default). */
function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const alt = value.find((v) => (v as { lang?: string } | null)?.lang === 'x-default') ?? value[0];
    if (value.every((v) => typeof v === 'string')) return clean(value.join('; '));
    return text(alt);
  }
  if (value !== null && typeof value === 'object' && 'value' in value) return text((value as { value: unknown }).value);
  if (typeof value !== 'string') return undefined;
  return clean(value);
}

function clean(value: string): string | undefined {
  // exifr leaves XML character references in XMP values ("Creator&#39;s").
  const decoded = decodeEntities(value)
    // eslint-disable-next-line no-control-regex -- IPTC strings often end in NUL padding
    .replace(/\u0000+$/g, '')
    .trim();
  return decoded.length > 0 ? toNfc(decoded) : undefined;
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return named[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Cameras fill ImageDescription with their own name; that is no caption. */
function meaningfulDescription(value: unknown): unknown {
  const s = typeof value === 'string' ? value.trim() : '';
  // eslint-disable-next-line no-control-regex -- cameras pad an unset description with NULs
  return /^(|OLYMPUS DIGITAL CAMERA|SONY DSC|DCIM|default|Untitled|Exif_JPEG_PICTURE|[\s\u0000]*)$/i.test(s)
    ? undefined
    : value;
}

/** "2021:10:20 21:01:01" + "+07:00" → "2021-10-20T21:01:01+07:00". */
function exifDate(value: unknown, offset: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value.trim());
  if (!m || m[1] === '0000') return undefined;
  const zone = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset.trim()) ? offset.trim() : '';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`;
}

function hasCoordinates(value: unknown): boolean {
  const list = Array.isArray(value) ? value : [value];
  return list.some((v) => {
    if (v === null || typeof v !== 'object') return false;
    const o = v as Record<string, unknown>;
    return (o.GPSLatitude !== undefined && o.GPSLongitude !== undefined) || typeof o.latitude === 'number';
  });
}

function hasKey(value: unknown, pattern: RegExp, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > 4 || ArrayBuffer.isView(value)) return false;
  return Object.entries(value).some(([k, v]) => pattern.test(k) || hasKey(v, pattern, depth + 1));
}
