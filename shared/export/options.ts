import type { CaptionedPhoto } from '../article/lexical';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../format/houseStyle';
import { withLeadPrefix } from '../format/leadPrefix';
import type { Article } from '../article/article';

/** A published copy of a photo, as the CMS will serve it (known once the photo is uploaded). */
export interface ExportRendition {
  /** "main", "thumbnail"… */
  name: string;
  /** Absolute http(s) URL; anything else is left out of the export. */
  href: string;
  width?: number;
  height?: number;
  /** "image/jpeg", "image/webp". */
  contenttype?: string;
  sizeinbytes?: number;
}

export interface ExportOptions {
  /** Outlet tag, lead prefix and dateline patterns; defaults to no outlet and the default patterns. */
  houseStyle?: HouseStyle;
  /** Each photo's renditions, by photo id. */
  renditions?: Readonly<Record<string, readonly ExportRendition[]>>;
  /** The rendition `<img>` shows, by name; the photo's first rendition when absent or not found. */
  imageRendition?: string;
}

export const houseStyleOf = (options: ExportOptions): HouseStyle => options.houseStyle ?? DEFAULT_HOUSE_STYLE;

/** The lead as published: "(NSMT) - …", the dateline's source tag winning over the house outlet. */
export function publishedLead(article: Article, options: ExportOptions): string {
  const style = houseStyleOf(options);
  const outlet = article.dateline?.source.trim() || style.outlet;
  return withLeadPrefix(article.lead, style.leadPrefixPattern, outlet);
}

/** The rendition a photo is shown from in HTML, if any. */
export function imageRenditionOf(photo: CaptionedPhoto, options: ExportOptions): ExportRendition | null {
  const list = options.renditions?.[photo.photoId] ?? [];
  return list.find((r) => r.name === options.imageRendition) ?? list[0] ?? null;
}
