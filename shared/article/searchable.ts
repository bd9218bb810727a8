import type { Draft } from './draft';
import { photoTextsOf } from './lexical';

/**
 * Everything a reporter may search a draft by: headline, subheadline, section, lead, body,
 * captions (and photo credits), byline, keywords, and the titles and teasers of its related links.
 */
export function searchableTextOf(draft: Draft): string {
  return [
    draft.headline,
    draft.subheadline,
    draft.section,
    draft.lead,
    draft.bodyText,
    ...photoTextsOf(draft.body),
    ...draft.byline.map((a) => a.name),
    ...draft.keywords,
    ...draft.related.flatMap((link) => [link.title, link.teaser]),
  ].join('\n');
}
