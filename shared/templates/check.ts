import type { Article } from '../article/article';
import { countWords } from '../format/words';
import type { BlockName, Template } from './schema';

/** What keeps an article from fitting its template; the UI words each code in its language. */
export type TemplateIssue =
  | { block: BlockName; code: 'required' | 'not_in_template' }
  | { block: BlockName; code: 'too_long' | 'too_short' | 'too_few' | 'too_many'; limit: number; actual: number }
  | { block: 'photos'; code: 'photo_incomplete'; photoId: string; missing: ('caption' | 'credit' | 'altText')[] };

/** Characters as a reader counts them: code points of NFC text, so "ộ" is one. */
const chars = (text: string) => [...text.trim()].length;

function amountOf(article: Article, block: BlockName): number {
  switch (block) {
    case 'headline':
      return chars(article.headline);
    case 'subheadline':
      return chars(article.subheadline);
    case 'dateline':
      return article.dateline ? 1 : 0;
    case 'lead':
      return chars(article.lead);
    case 'body':
      return countWords(article.bodyText);
    case 'photos':
      return article.photos.length;
    case 'byline':
      return article.byline.length;
    case 'related':
      return article.related.length;
    case 'keywords':
      return article.keywords.length;
  }
}

/** Every way the article does not fit its template, in the template's block order. */
export function checkArticle(article: Article, template: Template): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const { limits } = template;
  const over = (block: BlockName, code: 'too_long' | 'too_many', limit: number | undefined) => {
    const actual = amountOf(article, block);
    if (limit !== undefined && actual > limit) issues.push({ block, code, limit, actual });
  };
  const under = (block: BlockName, code: 'too_short' | 'too_few', limit: number | undefined) => {
    const actual = amountOf(article, block);
    // An empty block is "required" (or allowed), not "too short".
    if (limit !== undefined && actual > 0 && actual < limit) issues.push({ block, code, limit, actual });
  };

  for (const block of template.blocks) {
    if (template.required.includes(block) && amountOf(article, block) === 0) issues.push({ block, code: 'required' });
  }
  over('headline', 'too_long', limits.headlineMaxChars);
  over('lead', 'too_long', limits.leadMaxChars);
  under('body', 'too_short', limits.bodyMinWords);
  over('body', 'too_long', limits.bodyMaxWords);
  const photos = article.photos.length;
  if (
    limits.photosMin !== undefined &&
    photos < limits.photosMin &&
    !(photos === 0 && template.required.includes('photos'))
  ) {
    issues.push({ block: 'photos', code: 'too_few', limit: limits.photosMin, actual: photos });
  }
  over('photos', 'too_many', limits.photosMax);
  over('related', 'too_many', limits.relatedMax);
  for (const photo of article.photos) {
    const missing = (['caption', 'credit', 'altText'] as const).filter((field) => photo[field].trim() === '');
    if (missing.length > 0) issues.push({ block: 'photos', code: 'photo_incomplete', photoId: photo.photoId, missing });
  }
  // Content in a block the template does not have would be exported without being seen.
  const all: BlockName[] = ['subheadline', 'dateline', 'lead', 'body', 'photos', 'byline', 'related', 'keywords'];
  for (const block of all) {
    if (!template.blocks.includes(block) && amountOf(article, block) > 0)
      issues.push({ block, code: 'not_in_template' });
  }
  return issues;
}
