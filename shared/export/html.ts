import type { Article } from '../article/article';
import type { Block, Inline, ListBlock } from '../article/blocks';
import type { CaptionedPhoto } from '../article/lexical';
import { imageRenditionOf, publishedLead, type ExportOptions } from './options';
import { escapeHtml, safeUrl } from './safe';

export interface HtmlOptions extends ExportOptions {
  /** Open with the lead as `<p class="lead">` (default). ninjs carries the lead apart and says false. */
  lead?: boolean;
  /** Close with `<p class="byline">` (default). ninjs has `by` and says false. */
  byline?: boolean;
  /** End with the related links as `<ul class="related">` (default). */
  related?: boolean;
}

/**
 * The article body as CMS HTML. Built from our model by escaping — no HTML string from anywhere
 * passes through — so the only markup is ours: p, strong, em, a (http, https and mailto only),
 * br, h2, h3, ul, ol, li, blockquote, figure, img, figcaption, span. The headline, subheadline
 * and dateline are not in it: a CMS keeps them in fields of their own.
 */
export function articleToHtml(article: Article, options: HtmlOptions = {}): string {
  const parts: string[] = [];
  const lead = publishedLead(article, options);
  if (options.lead !== false && lead) parts.push(`<p class="lead">${textWithBreaks(lead)}</p>`);
  for (const block of article.blocks) parts.push(blockHtml(block, options));
  const names = article.byline.map((a) => a.name.trim()).filter(Boolean);
  if (options.byline !== false && names.length > 0) parts.push(`<p class="byline">${escapeHtml(names.join(', '))}</p>`);
  if (options.related !== false) {
    const items = article.related.flatMap((link) => {
      const href = safeUrl(link.url.trim(), 'related');
      if (!href) return [];
      const title = `<a href="${escapeHtml(href)}">${escapeHtml(link.title.trim() || href)}</a>`;
      const teaser = link.teaser.trim() ? `<p class="teaser">${textWithBreaks(link.teaser.trim())}</p>` : '';
      return [`<li>${title}${teaser}</li>`];
    });
    if (items.length > 0) parts.push(`<ul class="related">${items.join('')}</ul>`);
  }
  return parts.join('\n');
}

function blockHtml(block: Block, options: ExportOptions): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${inlinesHtml(block.inlines)}</p>`;
    case 'heading':
      return `<h${block.level}>${inlinesHtml(block.inlines)}</h${block.level}>`;
    case 'quote':
      return `<blockquote>${block.paragraphs.map((p) => `<p>${inlinesHtml(p)}</p>`).join('')}</blockquote>`;
    case 'list':
      return listHtml(block);
    case 'photo':
      return figureHtml(block.photo, options);
  }
}

function listHtml(list: ListBlock): string {
  const tag = list.ordered ? 'ol' : 'ul';
  const start = list.ordered && list.start !== 1 ? ` start="${list.start}"` : '';
  const items = list.items.map((item) => `<li>${inlinesHtml(item.inlines)}${item.lists.map(listHtml).join('')}</li>`);
  return `<${tag}${start}>${items.join('')}</${tag}>`;
}

/** `<figure><img src alt><figcaption>caption <span class="credit">credit</span></figcaption></figure>`. */
function figureHtml(photo: CaptionedPhoto, options: ExportOptions): string {
  const rendition = imageRenditionOf(photo, options);
  const src = safeUrl(rendition?.href ?? photo.src ?? '', 'image');
  const width = rendition?.width ?? photo.width;
  const height = rendition?.height ?? photo.height;
  // Without a usable http(s) address (not uploaded yet, or a data: or javascript: URL) the
  // picture is left out and its caption kept, so the desk sees what is missing.
  const img = src
    ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(photo.altText.trim())}"` +
      `${sizeAttribute('width', width)}${sizeAttribute('height', height)}>`
    : '';
  const caption = photo.caption.trim();
  const credit = photo.credit.trim();
  const captionHtml = [
    caption ? textWithBreaks(caption) : '',
    credit ? `<span class="credit">${escapeHtml(credit)}</span>` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `<figure>${img}${captionHtml ? `<figcaption>${captionHtml}</figcaption>` : ''}</figure>`;
}

/** A size only when it is one: 0 (the editor's "not known"), null or nonsense is left out. */
function sizeAttribute(name: 'width' | 'height', pixels: number | null | undefined): string {
  return pixels && Number.isFinite(pixels) && pixels >= 1 ? ` ${name}="${Math.round(pixels)}"` : '';
}

function inlinesHtml(inlines: Inline[]): string {
  return inlines.map(inlineHtml).join('');
}

function inlineHtml(inline: Inline): string {
  switch (inline.kind) {
    case 'break':
      return '<br>';
    case 'text': {
      let html = escapeHtml(inline.text);
      if (inline.italic) html = `<em>${html}</em>`;
      if (inline.bold) html = `<strong>${html}</strong>`;
      return html;
    }
    case 'link': {
      const inner = inlinesHtml(inline.children);
      const href = safeUrl(inline.url);
      // A link that is not safe to follow keeps its words and loses its address.
      return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
    }
  }
}

function textWithBreaks(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeHtml)
    .join('<br>');
}
