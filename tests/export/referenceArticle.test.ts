import { describe, expect, it } from 'vitest';
import { articleFromDraft } from '../../shared/article/article';
import { searchableTextOf } from '../../shared/article/searchable';
import { articleToHtml } from '../../shared/export/html';
import { formatDateline } from '../../shared/format/dateline';
import { DEFAULT_HOUSE_STYLE } from '../../shared/format/houseStyle';
import { slugify } from '../../shared/format/slug';
import { countWords, readingMinutes } from '../../shared/format/words';
import { checkArticle } from '../../shared/templates/check';
import { BUILT_IN_TEMPLATES, loadTemplates } from '../../shared/templates/index';
import { searchWords } from '../../shared/text/fold';
import { readReferenceArticle } from '../support/reference';
import { referenceDraft } from './referenceArticle';

const NSMT = { ...DEFAULT_HOUSE_STYLE, outlet: 'NSMT' };

/** The reference article, end to end: model, house style, template, HTML. */
describe('the reference article', () => {
  const reference = readReferenceArticle();
  const article = articleFromDraft(referenceDraft());

  it('reads as its page shows it: two captioned photos, the lead, the byline, seven related stories', () => {
    expect(article.photos.map((p) => p.caption)).toEqual([
      'Bí thư Thành ủy Cần Thơ Nguyễn Văn Hiếu tặng Kỷ niệm chương vì sự nghiệp Dân vận cho các đại biểu.',
      'Các đại biểu chụp hình kỷ niệm tại buổi họp mặt.',
    ]);
    expect(article.byline).toEqual([{ name: 'Thảo Nguyên' }]);
    expect(article.related).toHaveLength(7);
    expect(article.related[0].title).toBe('Tổng Bí thư Tô Lâm làm việc với Ban Thường vụ Tỉnh ủy Cà Mau');
  });

  it('has the page’s dateline in the default vi pattern (without its redundant "PM")', () => {
    expect(formatDateline(article.dateline!, 'vi', NSMT.datelinePattern.vi)).toBe(
      reference.dateline.replace(/ PM$/, ''),
    );
  });

  it('counts 988 words of body (captions apart) and 5 minutes of reading', () => {
    expect(countWords(article.bodyText)).toBe(988);
    expect(readingMinutes(countWords(article.bodyText))).toBe(5);
  });

  it('fits the "tin" template', () => {
    const tin = loadTemplates(BUILT_IN_TEMPLATES, []).templates.find((t) => t.id === 'tin')!;
    expect(checkArticle(article, tin)).toEqual([]);
  });

  it('exports its lead with the house prefix and its photos as figures', () => {
    const html = articleToHtml(article, { houseStyle: NSMT });
    expect(html.split('\n')[0]).toBe(`<p class="lead">${reference.paragraphs[0]}</p>`);
    expect(html.match(/<figure>/g)).toHaveLength(2);
    expect(html).toContain('<span class="credit">Ảnh: Thảo Nguyên</span>');
  });

  it('is found by words of its captions and byline, without diacritics', () => {
    const words = searchWords(searchableTextOf(referenceDraft()));
    for (const word of ['chup', 'hinh', 'thao', 'nguyen', 'nhip', 'song']) expect(words).toContain(word);
  });

  it('has the slug of its headline', () => {
    expect(slugify(article.headline)).toBe(
      'ban-dan-van-thanh-uy-can-tho-to-chuc-hop-mat-ky-niem-94-nam-ngay-truyen-thong',
    );
  });
});
