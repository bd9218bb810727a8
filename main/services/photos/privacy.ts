import type { KeptField, PhotoMetadata, Stripped } from '../../../shared/article/photo';
import type { KeepMore } from './options';

/**
 * What a rendition may say about its photo. Renditions start with no metadata at all (sharp
 * drops EXIF, IPTC and XMP); what the desk keeps is written back as one XMP packet. So GPS,
 * serial numbers, owner names, contact details and maker notes cannot leak by omission: only
 * the fields named here exist in a rendition.
 */
export interface WhatToKeep {
  metadata: PhotoMetadata;
  /** The desk's caption, credit, copyright and alt text (prefilled from the metadata, editable). */
  caption: string;
  credit: string;
  copyright: string;
  altText: string;
  /** Outlet setting: fields kept besides the default five. */
  keepMore: readonly KeepMore[];
  /** Per-photo choice, never an outlet default. */
  keepGps: boolean;
  coordinates?: { latitude: number; longitude: number };
}

export interface RenditionMetadata {
  /** The XMP packet for every rendition, or undefined when there is nothing to keep. */
  xmp: string | undefined;
  kept: KeptField[];
  stripped: Stripped[];
}

export function renditionMetadata(keep: WhatToKeep, found: ReadonlySet<Stripped>): RenditionMetadata {
  const { metadata: m } = keep;
  const more = new Set(keep.keepMore);
  const fields: XmpFields = {
    caption: keep.caption || undefined,
    creator: m.creator,
    credit: keep.credit || undefined,
    copyright: keep.copyright || undefined,
    altText: keep.altText || undefined,
    headline: more.has('headline') ? m.headline : undefined,
    city: more.has('location') ? m.city : undefined,
    country: more.has('location') ? m.country : undefined,
    dateTaken: more.has('date_taken') ? m.dateTaken : undefined,
    camera: more.has('camera') ? m.camera : undefined,
    coordinates: keep.keepGps ? keep.coordinates : undefined,
  };
  const kept: KeptField[] = [];
  const note = (field: KeptField, present: unknown) => present !== undefined && kept.push(field);
  note('caption', fields.caption);
  note('creator', fields.creator);
  note('credit', fields.credit);
  note('copyright', fields.copyright);
  note('alt_text', fields.altText);
  note('headline', fields.headline);
  note('location', fields.city ?? fields.country);
  note('date_taken', fields.dateTaken);
  note('camera', fields.camera);
  note('gps', fields.coordinates);
  const stripped = [...found].filter((s) => !(s === 'gps' && fields.coordinates)).sort();
  return { xmp: kept.length > 0 ? xmpPacket(fields) : undefined, kept, stripped };
}

export interface XmpFields {
  caption?: string;
  creator?: string;
  credit?: string;
  copyright?: string;
  altText?: string;
  headline?: string;
  city?: string;
  country?: string;
  dateTaken?: string;
  camera?: string;
  coordinates?: { latitude: number; longitude: number };
}

/** Escapes text for XML content and attributes, dropping characters XML 1.0 cannot carry. */
export function escapeXml(value: string): string {
  return value
    .replace(
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const alt = (tag: string, value: string) =>
  `   <${tag}><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt></${tag}>`;
const seq = (tag: string, value: string) =>
  `   <${tag}><rdf:Seq><rdf:li>${escapeXml(value)}</rdf:li></rdf:Seq></${tag}>`;
const simple = (tag: string, value: string) => `   <${tag}>${escapeXml(value)}</${tag}>`;

/** XMP's GPS coordinate form: "DDD,MM.mmmmmmN". */
function xmpCoordinate(value: number, positive: string, negative: string): string {
  const abs = Math.abs(value);
  const degrees = Math.floor(abs);
  return `${degrees},${((abs - degrees) * 60).toFixed(6)}${value >= 0 ? positive : negative}`;
}

/** One XMP packet with IPTC Core / Dublin Core / Photoshop properties, in UTF-8. */
export function xmpPacket(f: XmpFields): string {
  const body: string[] = [];
  if (f.caption !== undefined) body.push(alt('dc:description', f.caption));
  if (f.creator !== undefined) body.push(seq('dc:creator', f.creator));
  if (f.copyright !== undefined) body.push(alt('dc:rights', f.copyright));
  if (f.credit !== undefined) body.push(simple('photoshop:Credit', f.credit));
  if (f.headline !== undefined) body.push(simple('photoshop:Headline', f.headline));
  if (f.city !== undefined) body.push(simple('photoshop:City', f.city));
  if (f.country !== undefined) body.push(simple('photoshop:Country', f.country));
  if (f.dateTaken !== undefined) body.push(simple('photoshop:DateCreated', f.dateTaken));
  if (f.camera !== undefined) body.push(simple('tiff:Model', f.camera));
  if (f.altText !== undefined) body.push(alt('Iptc4xmpCore:AltTextAccessibility', f.altText));
  if (f.coordinates !== undefined) {
    body.push(simple('exif:GPSLatitude', xmpCoordinate(f.coordinates.latitude, 'N', 'S')));
    body.push(simple('exif:GPSLongitude', xmpCoordinate(f.coordinates.longitude, 'E', 'W')));
  }
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '  <rdf:Description rdf:about=""',
    '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"',
    '    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"',
    '    xmlns:tiff="http://ns.adobe.com/tiff/1.0/"',
    '    xmlns:exif="http://ns.adobe.com/exif/1.0/">',
    ...body,
    '  </rdf:Description>',
    ' </rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
