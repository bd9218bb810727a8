import type { Draft, LexicalState, RelatedLink } from '../../shared/article/draft';
import { bodyOf, draftOf } from '../../shared/article/draft.testing';
import { readReferenceArticle } from '../support/reference';

/**
 * The reference article (../shared/reference/sample-article-vi.txt) as a Newsdesk draft. The
 * page text gives each photo's alt text and caption as two equal lines; after the story come
 * the byline and the "other news" list: a title (twice) and its teaser.
 */
export function referenceDraft(): Draft {
  const { section, headline, paragraphs } = readReferenceArticle();
  const bylineAt = paragraphs.findIndex((p) => p.startsWith('Thảo Nguyên'));
  const [leadWithPrefix, ...story] = paragraphs.slice(0, bylineAt);
  const parts: Parameters<typeof bodyOf> = [];
  for (let i = 0; i < story.length; i++) {
    if (story[i] === story[i + 1]) {
      parts.push({
        caption: story[i],
        altText: story[i],
        credit: 'Ảnh: Thảo Nguyên',
        src: `https://cdn.nsmt.vn/ref/${parts.length}.jpg`,
      });
      i++;
    } else {
      parts.push(story[i]);
    }
  }
  const [byline, firstTitle] = paragraphs[bylineAt].split('\n').map((line) => line.trim());
  const rest = [firstTitle, ...paragraphs.slice(bylineAt + 1)];
  const related: RelatedLink[] = [];
  for (let i = 0; i < rest.length; i += 3) {
    related.push({ url: `https://nsmt.vn/tin/${related.length + 1}`, title: rest[i], teaser: rest[i + 2] ?? '' });
  }
  const body: LexicalState = bodyOf(...parts);
  return draftOf({
    section,
    headline,
    lead: leadWithPrefix.replace(/^\(NSMT\)\s*[-–]\s*/, ''),
    dateline: { place: 'Cần Thơ', dateTime: '2024-10-15T16:41:00+07:00', source: '' },
    body,
    byline: [{ name: byline }],
    related,
    keywords: ['dân vận', 'Cần Thơ'],
    status: 'finished',
  });
}
