import type { Article } from '../article/article';
import { safeUrl } from '../export/safe';
import { checkArticle, type TemplateIssue } from './check';
import type { BlockName, Template } from './schema';

/** Where a problem is fixed: the UI moves the caret there when the reporter clicks it. */
export type FinishTarget =
  | { block: Exclude<BlockName, 'photos' | 'related'> }
  | {
      block: 'photos';
      photoId?: string;
      /** The photo's place among the body's photos, in reading order. */ index?: number;
      field?: PhotoField;
    }
  | { block: 'related'; index?: number; field?: RelatedField };

export type PhotoField = 'caption' | 'credit' | 'altText';
export type RelatedField = 'url' | 'title' | 'teaser';

/** What is wrong, as a code the UI words in its language (limits and amounts where they help). */
export type FinishProblem =
  | Exclude<TemplateIssue, { code: 'photo_incomplete' }>
  | { block: 'headline' | 'dateline' | 'lead' | 'byline'; code: 'missing' }
  | { block: 'dateline'; code: 'no_place' }
  /** The year is far from the story's (a slip: "15/10/0441"). */
  | { block: 'dateline'; code: 'dateline_year'; year: number }
  /** Dated well before the story was started: an old dateline copied over, or a wrong day. */
  | { block: 'dateline'; code: 'dateline_before_creation'; days: number }
  /** Dated later than now: a story is filed when it happened, not before. */
  | { block: 'dateline'; code: 'dateline_future' }
  | { block: 'photos'; code: 'photo_missing'; field: PhotoField }
  | { block: 'related'; code: 'related_missing'; field: 'title' | 'teaser' }
  | { block: 'related'; code: 'related_bad_url' };

export interface FinishItem {
  /** Stable while the problem lasts, for React keys and tests. */
  key: string;
  /** Blocking problems keep the draft from being finished; warnings are shown and allowed. */
  severity: 'blocking' | 'warning';
  problem: FinishProblem;
  target: FinishTarget;
}

/** The blocks every story is expected to have, even when a template does not insist on them. */
const EXPECTED = ['headline', 'dateline', 'lead', 'byline'] as const;

function fromTemplateIssue(
  issue: Exclude<TemplateIssue, { code: 'photo_incomplete' }>,
  template: Template,
): FinishItem {
  const key = `${issue.block}:${issue.code}`;
  const target: FinishTarget = { block: issue.block } as FinishTarget;
  switch (issue.code) {
    case 'required':
      return { key, severity: 'blocking', problem: issue, target };
    case 'too_long':
      // A headline or lead over the limit does not fit the page; a long body is the desk's call.
      return { key, severity: issue.block === 'body' ? 'warning' : 'blocking', problem: issue, target };
    case 'too_few':
      return {
        key,
        severity: template.required.includes(issue.block) ? 'blocking' : 'warning',
        problem: issue,
        target,
      };
    case 'too_short':
      return { key, severity: 'blocking', problem: issue, target };
    case 'too_many':
      return { key, severity: issue.block === 'related' ? 'blocking' : 'warning', problem: issue, target };
    case 'not_in_template':
      return { key, severity: 'warning', problem: issue, target };
  }
}

/**
 * Everything to fix or look at before the story is marked finished, in reading order: the
 * template's rules (checkArticle) plus the desk's — every photo captioned and credited (alt text
 * is asked for, not required), every related link titled with a web address that works.
 */
export function finishChecklist(
  article: Article,
  template: Template,
  /** "Now" for the future check; the last save when not given (main, finishing the saved draft). */
  now: Date = new Date(article.updatedAt),
): FinishItem[] {
  const items: FinishItem[] = [];
  for (const issue of checkArticle(article, template)) {
    if (issue.code !== 'photo_incomplete') items.push(fromTemplateIssue(issue, template));
  }
  for (const block of EXPECTED) {
    const empty =
      block === 'dateline'
        ? article.dateline === null
        : block === 'byline'
          ? article.byline.length === 0
          : article[block].trim() === '';
    const reported = items.some((item) => item.problem.block === block && item.problem.code === 'required');
    if (empty && !reported && template.blocks.includes(block)) {
      items.push({
        key: `${block}:missing`,
        severity: 'warning',
        problem: { block, code: 'missing' },
        target: { block },
      });
    }
  }
  if (article.dateline && article.dateline.place.trim() === '' && template.blocks.includes('dateline')) {
    items.push({
      key: 'dateline:no_place',
      severity: 'warning',
      problem: { block: 'dateline', code: 'no_place' },
      target: { block: 'dateline' },
    });
  }
  const when = template.blocks.includes('dateline') ? datelineTimeProblem(article, now) : null;
  if (when) {
    items.push({ key: `dateline:${when.code}`, severity: 'warning', problem: when, target: { block: 'dateline' } });
  }
  article.photos.forEach((photo, n) => {
    for (const field of ['caption', 'credit', 'altText'] as const) {
      if (photo[field].trim() !== '') continue;
      items.push({
        key: `photos:${n}:${photo.photoId}:${field}`,
        severity: field === 'altText' ? 'warning' : 'blocking',
        problem: { block: 'photos', code: 'photo_missing', field },
        target: { block: 'photos', photoId: photo.photoId, index: n, field },
      });
    }
  });
  article.related.forEach((link, index) => {
    if (safeUrl(link.url.trim(), 'related') === null) {
      items.push({
        key: `related:${index}:url`,
        severity: 'blocking',
        problem: { block: 'related', code: 'related_bad_url' },
        target: { block: 'related', index, field: 'url' },
      });
    }
    if (link.title.trim() === '') {
      items.push({
        key: `related:${index}:title`,
        severity: 'blocking',
        problem: { block: 'related', code: 'related_missing', field: 'title' },
        target: { block: 'related', index, field: 'title' },
      });
    }
    if (link.teaser.trim() === '') {
      items.push({
        key: `related:${index}:teaser`,
        severity: 'warning',
        problem: { block: 'related', code: 'related_missing', field: 'teaser' },
        target: { block: 'related', index, field: 'teaser' },
      });
    }
  });
  return sortByPlace(items, template);
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far before the story's start a dateline may be (a story begun the day after the event). */
export const DATELINE_BEFORE_DAYS = 2;
/** Clocks differ a little, and a reporter may round up to the minute an event starts. */
const EARLIEST_YEAR = 1900;
export const DATELINE_FUTURE_TOLERANCE_MS = 60 * 60 * 1000;

/** What is wrong with the dateline's date and time, if anything: a year slip first, then the day. */
function datelineTimeProblem(article: Article, now: Date): FinishProblem | null {
  const dateTime = article.dateline?.dateTime;
  const at = dateTime ? Date.parse(dateTime) : NaN;
  const created = Date.parse(article.createdAt);
  if (!dateTime || Number.isNaN(at) || Number.isNaN(created)) return null;
  // The year as written (in the dateline's own offset), not as UTC would have it.
  const year = Number(dateTime.slice(0, 4));
  // Before the newspaper age, or after next year: a slip of the keys, not an old story re-dated.
  if (year < EARLIEST_YEAR || year > new Date(created).getUTCFullYear() + 1) {
    return { block: 'dateline', code: 'dateline_year', year };
  }
  if (created - at > DATELINE_BEFORE_DAYS * DAY_MS) {
    return { block: 'dateline', code: 'dateline_before_creation', days: Math.floor((created - at) / DAY_MS) };
  }
  if (at - now.getTime() > DATELINE_FUTURE_TOLERANCE_MS) return { block: 'dateline', code: 'dateline_future' };
  return null;
}

const ORDER: BlockName[] = [
  'headline',
  'subheadline',
  'dateline',
  'lead',
  'body',
  'photos',
  'byline',
  'related',
  'keywords',
];

/**
 * Reading order of the page: by block, then by photo or link within the block (items for one
 * photo stay together), blocking before warnings; stable otherwise.
 */
function sortByPlace(items: FinishItem[], template: Template): FinishItem[] {
  const rank = (item: FinishItem) => {
    const inTemplate = template.blocks.indexOf(item.target.block);
    return inTemplate >= 0 ? inTemplate : ORDER.indexOf(item.target.block) + ORDER.length;
  };
  const within = (item: FinishItem) =>
    item.target.block === 'related' || item.target.block === 'photos' ? (item.target.index ?? -1) : 0;
  const warns = (item: FinishItem) => Number(item.severity === 'warning');
  return items
    .map((item, n) => ({ item, n }))
    .sort(
      (a, b) =>
        rank(a.item) - rank(b.item) || within(a.item) - within(b.item) || warns(a.item) - warns(b.item) || a.n - b.n,
    )
    .map(({ item }) => item);
}

export const isBlocking = (item: FinishItem): boolean => item.severity === 'blocking';
