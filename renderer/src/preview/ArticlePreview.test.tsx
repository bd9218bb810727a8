import i18next, { type i18n as I18n } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromDraft, type Article } from '../../../shared/article/article';
import type { Draft } from '../../../shared/article/draft';
import { draftOf } from '../../../shared/article/draft.testing';
import type { CaptionedPhoto, SerializedCaptionedPhotoNode } from '../../../shared/article/lexical';
import { lexicalDoc } from '../../../shared/article/lexicalDoc.testing';
import { resources } from '../../i18n';
import { ArticlePreview, type ArticlePreviewProps } from './ArticlePreview';

const photo = (n: number, caption: string): SerializedCaptionedPhotoNode => ({
  type: 'captioned-photo',
  version: 1,
  photoId: `${n}`.repeat(64),
  src: `nsmt-${n}.jpg`,
  caption,
  credit: 'Ảnh: Thảo Nguyên',
  altText: `Ảnh ${n}`,
  width: 1600,
  height: 1067,
});

const CAPTION_1 = 'Bí thư Thành ủy Cần Thơ Nguyễn Văn Hiếu tặng Kỷ niệm chương vì sự nghiệp Dân vận cho các đại biểu.';
const CAPTION_2 = 'Các đại biểu chụp hình kỷ niệm tại buổi họp mặt.';

/** The reference article (shared/reference/sample-article-vi.txt), shortened. */
function referenceDraft(fields: Partial<Draft> = {}): Draft {
  const body = lexicalDoc(
    {
      p: [
        'Trải qua 94 năm đồng hành cùng lịch sử cách mạng dân tộc, ',
        { b: 'công tác vận động quần chúng' },
        ' luôn được xác định là nhiệm vụ quan trọng:',
      ],
    },
    {
      list: 'bullet',
      items: [['Hệ thống dân vận các cấp chủ động tham mưu.'], ['Mặt trận các cấp vận động Quỹ “Vì người nghèo”.']],
    },
    { photo: photo(1, CAPTION_1) },
    { h: 'h2', text: 'Hướng mạnh về cơ sở' },
    {
      p: [
        'Xem thêm tại ',
        { link: 'https://nsmt.vn/dan-van', text: 'trang Dân vận' },
        ' và ',
        { link: 'javascript:alert(1)', text: 'đây' },
        '.',
      ],
    },
    { p: [] },
    { photo: photo(2, CAPTION_2) },
    { p: [{ i: 'Dịp này, Thành ủy Cần Thơ trao kỷ niệm chương.' }] },
  ).state;
  return draftOf({
    section: 'Nhịp sống',
    headline: 'Ban Dân vận Thành ủy Cần Thơ tổ chức họp mặt kỷ niệm 94 năm ngày truyền thống công tác dân vận của Đảng',
    dateline: { place: 'Cần Thơ', dateTime: '2024-10-15T16:41:00+07:00', source: '' },
    lead: 'Được sự cho phép của Thường trực Thành ủy Cần Thơ, ngày 14/10, Ban Dân vận Thành ủy tổ chức buổi họp mặt.',
    body,
    byline: [{ name: 'Thảo Nguyên' }],
    related: [
      {
        url: 'https://nsmt.vn/ca-mau',
        title: 'Tổng Bí thư Tô Lâm làm việc với Ban Thường vụ Tỉnh ủy Cà Mau',
        teaser: '(NSMT) - Chiều 17/11, Tổng Bí thư Tô Lâm làm việc.',
      },
      { url: 'javascript:alert(document.cookie)', title: 'Liên kết độc', teaser: 'Không được hiện.' },
      {
        url: 'https://nsmt.vn/dai-doan-ket',
        title: 'Tổng Bí thư Tô Lâm dự Ngày hội Đại đoàn kết',
        teaser: '(NSMT) - Ngày 17/11, Tổng Bí thư Tô Lâm đến dâng hương.',
      },
      {
        url: 'https://nsmt.vn/tuong-dai',
        title: 'Khánh thành tượng đài kỉ niệm chuyến tàu tập kết ra Bắc',
        teaser: '(NSMT) - Tối 16/11, UBND tỉnh Cà Mau tổ chức Lễ khánh thành.',
      },
    ],
    ...fields,
  });
}

const photoSrc = (p: CaptionedPhoto) => (p.photoId.startsWith('1') ? `./media/draft/photos/${p.src}` : null);

describe('ArticlePreview', () => {
  let i18n: I18n;
  beforeAll(async () => {
    i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'vi', interpolation: { escapeValue: false } });
  });

  const render = (article: Article, props: Partial<ArticlePreviewProps> = {}) =>
    renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <ArticlePreview article={article} outletTag="NSMT" photoSrc={photoSrc} {...props} />
      </I18nextProvider>,
    );
  const textOf = (html: string, testId: string) => {
    const match = new RegExp(`data-testid="${testId}"[^>]*>(.*?)</(?:p|h1|div|aside)>`, 's').exec(html);
    return match?.[1].replace(/<[^>]+>/g, '') ?? null;
  };

  it('shows the parts in the order of the reference page', () => {
    const html = render(articleFromDraft(referenceDraft()));
    const at = [
      'preview-section',
      'preview-headline',
      'preview-dateline',
      'preview-lead',
      'preview-body',
      'preview-byline',
      'preview-related',
    ].map((id) => html.indexOf(`data-testid="${id}"`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(html).toMatch(/<section[^>]*data-testid="preview"[^>]*aria-label="Xem trước bài viết"/);
    expect(html).toContain('<article class="preview-article" lang="vi">');
  });

  it('prints the section, headline, dateline, lead and byline as the house does', () => {
    const html = render(articleFromDraft(referenceDraft()));
    expect(textOf(html, 'preview-section')).toBe('Nhịp sống');
    expect(textOf(html, 'preview-headline')).toMatch(/^Ban Dân vận Thành ủy Cần Thơ/);
    expect(textOf(html, 'preview-dateline')).toBe('Thứ ba, 15/10/2024, 16:41');
    expect(html).toContain('<time dateTime="2024-10-15T16:41:00+07:00">');
    expect(textOf(html, 'preview-lead')).toMatch(/^\(NSMT\) - Được sự cho phép/);
    expect(textOf(html, 'preview-byline')).toBe('Thảo Nguyên');
  });

  it('renders the body: emphasis, subhead, list, safe links, captioned photos', () => {
    const html = render(articleFromDraft(referenceDraft()));
    expect(html).toContain('<strong>công tác vận động quần chúng</strong>');
    expect(html).toContain('<em>Dịp này, Thành ủy Cần Thơ trao kỷ niệm chương.</em>');
    expect(html).toContain('<h2>Hướng mạnh về cơ sở</h2>');
    expect(html).toContain('<ul><li>Hệ thống dân vận các cấp chủ động tham mưu.</li>');
    expect(html).toContain(
      '<a href="https://nsmt.vn/dan-van" target="_blank" rel="noopener noreferrer">trang Dân vận</a>',
    );
    expect(html).toContain(' và đây.');
    expect(html).not.toContain('<p></p>');
    expect(html).toContain(
      '<figure class="preview-figure"><img src="./media/draft/photos/nsmt-1.jpg" alt="Ảnh 1" width="1600" height="1067" decoding="async"/>' +
        `<figcaption>${CAPTION_1} <span class="preview-credit">Ảnh: Thảo Nguyên</span></figcaption></figure>`,
    );
    // No rendition: a placeholder in the UI language, the caption still shown.
    expect(html).toMatch(
      new RegExp(
        `<div class="preview-photo-missing" lang="vi"[^>]*>Ảnh chưa hiển thị được</div><figcaption>${CAPTION_2} <span`,
      ),
    );
  });

  it('lists related stories with teasers and never links a javascript: address', () => {
    const html = render(articleFromDraft(referenceDraft()));
    const related = html.slice(html.indexOf('data-testid="preview-related"'));
    expect(related).toContain('Tin liên quan');
    expect(related.match(/<li>/g)).toHaveLength(3);
    expect(related).toContain(
      '<a href="https://nsmt.vn/ca-mau" target="_blank" rel="noopener noreferrer">Tổng Bí thư Tô Lâm làm việc với Ban Thường vụ Tỉnh ủy Cà Mau</a>' +
        '<p class="preview-teaser">(NSMT) - Chiều 17/11, Tổng Bí thư Tô Lâm làm việc.</p>',
    );
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toContain('Liên kết độc');
  });

  it('prints an English story in English, whatever the UI language', () => {
    const article = articleFromDraft(
      referenceDraft({ language: 'en', headline: 'Can Tho marks 94 years of mass mobilisation work' }),
    );
    const html = render(article);
    expect(html).toContain('lang="en"');
    expect(textOf(html, 'preview-dateline')).toBe('Tuesday, October 15, 2024, 4:41 PM');
    expect(html).toContain('>Related stories</h2>');
    expect(html).toContain('aria-label="Xem trước bài viết"');
  });

  it('lets the dateline source tag win, and keeps a prefix the reporter typed', () => {
    const tagged = referenceDraft({
      dateline: { place: 'Hà Nội', dateTime: '2024-10-15T16:41:00+07:00', source: 'TTXVN' },
    });
    expect(textOf(render(articleFromDraft(tagged)), 'preview-lead')).toMatch(/^\(TTXVN\) - Được/);
    const typed = referenceDraft({ lead: '(NSMT) – Sáng 16/11, hội chợ khai mạc.' });
    expect(textOf(render(articleFromDraft(typed)), 'preview-lead')).toBe('(NSMT) – Sáng 16/11, hội chợ khai mạc.');
  });

  it('shows a close button only when it can close, and leaves empty parts out', () => {
    const empty = articleFromDraft(draftOf());
    const html = render(empty);
    expect(html).not.toContain('preview-close');
    expect(textOf(html, 'preview-headline')).toBe('Chưa có tiêu đề');
    for (const id of [
      'preview-section',
      'preview-dateline',
      'preview-lead',
      'preview-body',
      'preview-byline',
      'preview-related',
    ]) {
      expect(html).not.toContain(`data-testid="${id}"`);
    }
    expect(render(empty, { onClose: () => {} })).toMatch(
      /<button type="button"[^>]*data-testid="preview-close"[^>]*>Đóng xem trước<\/button>/,
    );
  });

  it('joins several authors as the export does', () => {
    const html = render(
      articleFromDraft(referenceDraft({ byline: [{ name: 'Thảo Nguyên' }, { name: ' Minh Khoa ' }] })),
    );
    expect(textOf(html, 'preview-byline')).toBe('Thảo Nguyên, Minh Khoa');
  });
});
