import { articleFromDraft } from '../article/article';
import type { Draft } from '../article/draft';
import { diffWordsOf, paragraphsOf, wordsChanged, type DiffRun } from './wordDiff';

/** The parts of a story a compare view shows, in reading order. */
export const COMPARED_PARTS = ['headline', 'subheadline', 'lead', 'body', 'captions'] as const;
export type ComparedPartName = (typeof COMPARED_PARTS)[number];

export interface ComparedPart {
  part: ComparedPartName;
  changed: boolean;
  /** The part's text as paragraphs of runs (one caption per paragraph). */
  paragraphs: DiffRun[][];
  added: number;
  removed: number;
}

export interface VersionComparison {
  /** Every part either version has text in, in reading order. */
  parts: ComparedPart[];
  added: number;
  removed: number;
}

/** Captions in reading order, one a line: the versions' photos are compared as a list of words. */
function partsOf(draft: Draft): Record<ComparedPartName, string> {
  const article = articleFromDraft(draft);
  return {
    headline: article.headline,
    subheadline: article.subheadline,
    lead: article.lead,
    body: article.bodyText,
    captions: article.photos.map((photo) => photo.caption.replace(/\s*\n\s*/g, ' ')).join('\n'),
  };
}

/**
 * What changed from `older` to `newer`, word by word, part by part. Which is older is the
 * caller's choice; the History panel passes the lower revision first.
 */
export function compareVersions(older: Draft, newer: Draft): VersionComparison {
  const before = partsOf(older);
  const after = partsOf(newer);
  const parts: ComparedPart[] = [];
  for (const part of COMPARED_PARTS) {
    if (before[part].trim() === '' && after[part].trim() === '') continue;
    const runs = diffWordsOf(before[part], after[part]);
    const { added, removed } = wordsChanged(runs);
    const changed = runs.some((run) => run.kind !== 'same' && run.text.trim() !== '');
    parts.push({ part, changed, paragraphs: paragraphsOf(runs), added, removed });
  }
  return {
    parts,
    added: parts.reduce((sum, p) => sum + p.added, 0),
    removed: parts.reduce((sum, p) => sum + p.removed, 0),
  };
}
