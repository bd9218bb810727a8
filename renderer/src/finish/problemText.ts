import type { TFunction } from 'i18next';
import type { FinishItem } from '../../../shared/templates';

/** One checklist line in the UI's language. */
export function problemText(item: FinishItem, t: TFunction): string {
  const { problem, target } = item;
  const block = t(`finish.blocks.${problem.block}`);
  const n = 'index' in target && target.index !== undefined ? target.index + 1 : 0;
  switch (problem.code) {
    case 'required':
    case 'missing':
    case 'not_in_template':
      return t(`finish.problems.${problem.code}`, { block });
    case 'too_long':
      return t(problem.block === 'body' ? 'finish.problems.too_long_words' : 'finish.problems.too_long_chars', {
        block,
        limit: problem.limit,
        count: problem.actual,
      });
    case 'too_short':
      return t('finish.problems.too_short_words', { block, limit: problem.limit, count: problem.actual });
    case 'too_few':
    case 'too_many':
      return t(`finish.problems.${problem.code}`, { block, limit: problem.limit, actual: problem.actual });
    case 'no_place':
      return t('finish.problems.no_place');
    case 'dateline_year':
      return t('finish.problems.dateline_year', { year: String(problem.year).padStart(4, '0') });
    case 'dateline_before_creation':
      return t('finish.problems.dateline_before_creation', { count: problem.days });
    case 'dateline_future':
      return t('finish.problems.dateline_future');
    case 'photo_missing':
      return t(`finish.problems.photo_missing_${problem.field}`, { n });
    case 'related_missing':
      return t(`finish.problems.related_missing_${problem.field}`, { n });
    case 'related_bad_url':
      return t('finish.problems.related_bad_url', { n });
  }
}
