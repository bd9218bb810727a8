import type { DraftListItem } from '../../../shared/article/draft';
import { compareVietnamese } from '../../../shared/text/collate';

/** Templates and sections seen in the list this session: the choices the filters offer. */
export interface Facets {
  templates: string[];
  sections: string[];
}

export const NO_FACETS: Facets = { templates: [], sections: [] };

function merged(known: string[], found: Iterable<string>): string[] {
  const all = new Set(known);
  for (const value of found) all.add(value);
  return all.size === known.length ? known : [...all].sort(compareVietnamese);
}

/** The same object when nothing new was seen, so React can skip the render. */
export function learnFacets(facets: Facets, drafts: DraftListItem[]): Facets {
  const templates = merged(
    facets.templates,
    drafts.map((d) => d.template),
  );
  const sections = merged(
    facets.sections,
    drafts.map((d) => d.section),
  );
  return templates === facets.templates && sections === facets.sections ? facets : { templates, sections };
}
