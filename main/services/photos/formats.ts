import type { PhotoFormat } from '../../../shared/article/photo';
import type { LooksLike } from '../../../shared/contract';

/** What the first bytes of a file say it is, before any decoder sees it. */
export type Sniffed =
  | { kind: 'photo'; format: PhotoFormat }
  | { kind: 'unsupported'; format: string }
  | { kind: 'not_an_image'; looksLike?: LooksLike };

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

const heicBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);
const avifBrands = new Set(['avif', 'avis']);
const videoBrands = new Set(['isom', 'iso2', 'mp41', 'mp42', 'qt  ', 'M4V ', '3gp4', '3gp5', 'dash']);

export function sniffFormat(head: Uint8Array): Sniffed {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { kind: 'photo', format: 'jpeg' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'photo', format: 'png' };
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return { kind: 'photo', format: 'gif' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return { kind: 'photo', format: 'webp' };
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { kind: 'photo', format: 'tiff' };
  }
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (heicBrands.has(brand)) return { kind: 'photo', format: 'heic' };
    if (avifBrands.has(brand)) return { kind: 'photo', format: 'avif' };
    if (videoBrands.has(brand)) return { kind: 'not_an_image', looksLike: 'video' };
  }
  if (ascii(head, 0, 2) === 'BM') return { kind: 'unsupported', format: 'BMP' };
  if (ascii(head, 0, 4) === '8BPS') return { kind: 'unsupported', format: 'Photoshop (PSD)' };
  if (startsWith(head, [0xff, 0x0a]) || ascii(head, 4, 8) === 'JXL ') return { kind: 'unsupported', format: 'JPEG XL' };
  if (ascii(head, 4, 8) === 'jP  ') return { kind: 'unsupported', format: 'JPEG 2000' };
  if (ascii(head, 0, 4) === '%PDF') return { kind: 'not_an_image', looksLike: 'pdf' };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'not_an_image', looksLike: 'zip' };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).trimStart().toLowerCase();
  if (text.includes('<svg')) return { kind: 'unsupported', format: 'SVG' };
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || text.includes('<head')) {
    return { kind: 'not_an_image', looksLike: 'web_page' };
  }
  if (text.startsWith('<?xml') || text.startsWith('<x:xmpmeta')) return { kind: 'not_an_image', looksLike: 'xml' };
  return { kind: 'not_an_image' };
}

/** The extension an original is stored under: one spelling per format. */
export const extensionOf: Record<PhotoFormat, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  tiff: 'tif',
  heic: 'heic',
  avif: 'avif',
};
