/**
 * Is an embedded ICC profile plain sRGB? Most phone and camera JPEGs carry one. Converting sRGB
 * to sRGB changes nothing, but libvips' icc_transform goes through float Lab and costs about
 * 30 ns a pixel — two thirds of the decode of a 12 MP photo — so such profiles are skipped.
 * Anything else (Display P3, Adobe RGB, CMYK, v4 LUT profiles) is converted as usual.
 */

/** sRGB's primaries adapted to D50, as every sRGB matrix/TRC profile stores them. */
const SRGB_COLORANTS: Record<string, [number, number, number]> = {
  rXYZ: [0.4361, 0.2225, 0.0139],
  gXYZ: [0.3851, 0.7169, 0.0971],
  bXYZ: [0.1431, 0.0606, 0.7141],
};
const TOLERANCE = 0.003;

export function isSrgbProfile(icc: Uint8Array | undefined): boolean {
  if (!icc || icc.length < 132) return false;
  const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
  const ascii = (at: number, length: number) => String.fromCharCode(...icc.subarray(at, at + length));
  if (ascii(16, 4) !== 'RGB ' || ascii(20, 4) !== 'XYZ ') return false;
  const tags = new Map<string, { offset: number; size: number }>();
  const count = view.getUint32(128);
  if (count > 100 || 132 + count * 12 > icc.length) return false;
  for (let i = 0; i < count; i++) {
    const at = 132 + i * 12;
    tags.set(ascii(at, 4), { offset: view.getUint32(at + 4), size: view.getUint32(at + 8) });
  }
  // A LUT-based profile (A2B0) may render differently per intent: not "plain" sRGB.
  if (tags.has('A2B0') || tags.has('B2A0')) return false;
  for (const [name, expected] of Object.entries(SRGB_COLORANTS)) {
    const tag = tags.get(name);
    if (!tag || tag.offset + 20 > icc.length || ascii(tag.offset, 4) !== 'XYZ ') return false;
    for (let c = 0; c < 3; c++) {
      if (Math.abs(view.getInt32(tag.offset + 8 + c * 4) / 65536 - expected[c]) > TOLERANCE) return false;
    }
  }
  return /srgb/i.test(description(icc, view, tags.get('desc')));
}

function description(icc: Uint8Array, view: DataView, tag: { offset: number; size: number } | undefined): string {
  if (!tag || tag.offset + 12 > icc.length) return '';
  const type = String.fromCharCode(...icc.subarray(tag.offset, tag.offset + 4));
  if (type === 'desc') {
    const length = Math.min(view.getUint32(tag.offset + 8), 256, icc.length - tag.offset - 12);
    return String.fromCharCode(...icc.subarray(tag.offset + 12, tag.offset + 12 + length));
  }
  if (type === 'mluc' && tag.offset + 28 <= icc.length) {
    const length = view.getUint32(tag.offset + 20);
    const start = tag.offset + view.getUint32(tag.offset + 24);
    if (start + length > icc.length || length > 512) return '';
    let text = '';
    for (let i = 0; i + 1 < length; i += 2) text += String.fromCharCode(view.getUint16(start + i));
    return text;
  }
  return '';
}
