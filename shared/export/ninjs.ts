import type { Article } from '../article/article';
import type { CaptionedPhoto } from '../article/lexical';
import { formatDateline } from '../format/dateline';
import { slugify } from '../format/slug';
import { countWords } from '../format/words';
import { articleToHtml } from './html';
import { houseStyleOf, publishedLead, type ExportOptions, type ExportRendition } from './options';
import { safeUrl } from './safe';

/**
 * IPTC ninjs 2.2 (https://www.iptc.org/std/ninjs/ninjs-schema_2.2.json). Roles are ours to name
 * — ninjs leaves them to the provider — and are documented in docs/ninjs-profile.md:
 *
 *   headlines     role "main" (headline), "subhead" (subheadline, as the ninjs user guide names it)
 *   descriptions  role "lead" (the lead with its outlet prefix), "dateline" (as the house style writes it)
 *   bodies        role "main", contenttype "text/html": articleToHtml without lead and byline
 *   by            the byline's names, joined with ", "
 *   located       the dateline's place; contentcreated: the dateline's date-time
 *   infosources   the dateline's source tag, when it has one
 *   subjects      the section (rel "section") and each keyword (rel "keyword"): 2.2 has no keywords
 *   associations  one "picture" per captioned photo, in body order, named "photo-1", "photo-2"…:
 *                 descriptions role "caption" and role "alt" (IPTC Photo Metadata "Alt Text
 *                 (Accessibility)"), `by` = the credit line, renditions from the options.
 */

interface Text {
  role?: string;
  contenttype?: string;
  value: string;
}
interface Subject {
  name: string;
  rel: string;
}
export interface NinjsRendition extends ExportRendition {
  name: string;
}
export interface NinjsPicture {
  name: string;
  uri: string;
  type: 'picture';
  descriptions?: Text[];
  by?: string;
  renditions?: NinjsRendition[];
}
export interface Ninjs {
  uri: string;
  standard: { name: 'ninjs'; version: '2.2'; schema: string };
  type: 'text';
  profile: string;
  version: string;
  firstcreated: string;
  versioncreated: string;
  contentcreated?: string;
  pubstatus: 'usable';
  language: string;
  slugline?: string;
  headlines: Text[];
  descriptions?: Text[];
  bodies: (Text & { charcount: number; wordcount: number })[];
  by?: string;
  located?: string;
  infosources?: { name: string }[];
  subjects?: Subject[];
  associations?: NinjsPicture[];
}

export interface NinjsOptions extends ExportOptions {
  /** The article's ninjs uri; default "urn:newsdesk:article:<id>". */
  uri?: string;
  /** A photo's ninjs uri; default "urn:newsdesk:photo:<photo id>". */
  photoUri?: (photoId: string) => string;
}

const SCHEMA = 'https://www.iptc.org/std/ninjs/ninjs-schema_2.2.json';

export function articleToNinjs(article: Article, options: NinjsOptions = {}): Ninjs {
  const style = houseStyleOf(options);
  const html = articleToHtml(article, { ...options, lead: false, byline: false });
  const textOf = (value: string) => value.trim();
  const headlines: Text[] = [{ role: 'main', value: textOf(article.headline) }];
  if (textOf(article.subheadline)) headlines.push({ role: 'subhead', value: textOf(article.subheadline) });

  const descriptions: Text[] = [];
  const lead = publishedLead(article, options);
  if (lead) descriptions.push({ role: 'lead', contenttype: 'text/plain', value: lead });
  const dateline = article.dateline;
  const datelineText = dateline
    ? formatDateline(dateline, article.language, style.datelinePattern[article.language], style.outlet)
    : '';
  if (datelineText) descriptions.push({ role: 'dateline', contenttype: 'text/plain', value: datelineText });

  const subjects: Subject[] = [
    ...(textOf(article.section) ? [{ name: textOf(article.section), rel: 'section' }] : []),
    ...article.keywords
      .map(textOf)
      .filter(Boolean)
      .map((name) => ({ name, rel: 'keyword' })),
  ];
  const names = article.byline.map((a) => textOf(a.name)).filter(Boolean);
  const photoUri = options.photoUri ?? ((id: string) => `urn:newsdesk:photo:${encodeURIComponent(id)}`);
  const associations = article.photos.map((photo, i) =>
    pictureOf(photo, `photo-${i + 1}`, photoUri(photo.photoId), options),
  );
  const slug = slugify(article.headline);

  return {
    uri: options.uri ?? `urn:newsdesk:article:${article.id}`,
    standard: { name: 'ninjs', version: '2.2', schema: SCHEMA },
    type: 'text',
    profile: `newsdesk-${article.template}`,
    version: String(article.revision),
    firstcreated: article.createdAt,
    versioncreated: article.updatedAt,
    ...(dateline && datelineText ? { contentcreated: dateline.dateTime } : {}),
    pubstatus: 'usable',
    language: article.language,
    ...(slug ? { slugline: slug } : {}),
    headlines,
    ...(descriptions.length > 0 ? { descriptions } : {}),
    bodies: [
      {
        role: 'main',
        contenttype: 'text/html',
        value: html,
        charcount: [...article.bodyText.trim()].length,
        wordcount: countWords(article.bodyText),
      },
    ],
    ...(names.length > 0 ? { by: names.join(', ') } : {}),
    ...(dateline?.place.trim() ? { located: dateline.place.trim() } : {}),
    ...(dateline?.source.trim() ? { infosources: [{ name: dateline.source.trim() }] } : {}),
    ...(subjects.length > 0 ? { subjects } : {}),
    ...(associations.length > 0 ? { associations } : {}),
  };
}

function pictureOf(photo: CaptionedPhoto, name: string, uri: string, options: ExportOptions): NinjsPicture {
  const descriptions: Text[] = [];
  if (photo.caption.trim())
    descriptions.push({ role: 'caption', contenttype: 'text/plain', value: photo.caption.trim() });
  if (photo.altText.trim()) descriptions.push({ role: 'alt', contenttype: 'text/plain', value: photo.altText.trim() });
  const renditions = (options.renditions?.[photo.photoId] ?? []).flatMap((r): NinjsRendition[] => {
    const href = safeUrl(r.href, 'image');
    if (!href) return [];
    const { name: renditionName, width, height, contenttype, sizeinbytes } = r;
    return [
      {
        name: renditionName,
        href,
        ...(width !== undefined ? { width } : {}),
        ...(height !== undefined ? { height } : {}),
        ...(contenttype ? { contenttype } : {}),
        ...(sizeinbytes !== undefined ? { sizeinbytes } : {}),
      },
    ];
  });
  return {
    name,
    uri,
    type: 'picture',
    ...(descriptions.length > 0 ? { descriptions } : {}),
    ...(photo.credit.trim() ? { by: photo.credit.trim() } : {}),
    ...(renditions.length > 0 ? { renditions } : {}),
  };
}
