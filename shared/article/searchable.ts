import type { Draft } from './draft';

/** Everything a reporter may search a draft by: headline, section, lead, body, captions, byline. */
export function searchableTextOf(draft: Draft): string {
  return [draft.headline, draft.section, draft.bodyText].join('\n');
}
