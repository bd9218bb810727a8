import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/article/article';
import type { CaptionedPhoto } from '../../../shared/article/lexical';
import type { HouseStyle } from '../../../shared/format/houseStyle';
import { PreviewBlocks, withBreaks } from './PreviewBlocks';
import { previewPartsOf } from './previewParts';
import './preview.css';

export interface ArticlePreviewProps {
  article: Article;
  /** The outlet's tag: "NSMT" → the lead starts "(NSMT) - " (a dateline source tag wins). */
  outletTag: string;
  /** The rendition URL to show a photo from; null shows a placeholder, with the caption kept. */
  photoSrc: (photo: CaptionedPhoto) => string | null;
  /** The house patterns for the dateline and the lead prefix; the defaults when absent. */
  houseStyle?: HouseStyle;
  onClose?: () => void;
}

/**
 * The article as readers will see it, in the order of the outlet's page: section, headline,
 * subheadline, dateline, lead, body with captioned photos, byline, related stories. The story
 * parts speak the article's language; the preview's own words speak the UI's.
 */
export function ArticlePreview({ article, outletTag, photoSrc, houseStyle, onClose }: ArticlePreviewProps) {
  const { t, i18n } = useTranslation();
  const relatedId = useId();
  const uiLang = i18n.language;
  const parts = previewPartsOf(article, outletTag, houseStyle);

  return (
    <section className="preview" data-testid="preview" aria-label={t('preview.label')}>
      <header className="preview-chrome">
        <p className="preview-title">{t('preview.title')}</p>
        {onClose && (
          <button type="button" className="preview-close" data-testid="preview-close" onClick={onClose}>
            {t('preview.close')}
          </button>
        )}
      </header>
      <article className="preview-article" lang={article.language}>
        {parts.section && (
          <p className="preview-section" data-testid="preview-section">
            {parts.section}
          </p>
        )}
        <h1 className="preview-headline" data-testid="preview-headline">
          {parts.headline || (
            <span className="preview-empty" lang={uiLang}>
              {t('preview.noHeadline')}
            </span>
          )}
        </h1>
        {parts.subheadline && <p className="preview-subheadline">{withBreaks(parts.subheadline)}</p>}
        {parts.dateline && (
          <p className="preview-dateline" data-testid="preview-dateline">
            <time dateTime={parts.dateline.dateTime}>{parts.dateline.text}</time>
          </p>
        )}
        {parts.lead && (
          <p className="preview-lead" data-testid="preview-lead">
            {withBreaks(parts.lead)}
          </p>
        )}
        {article.blocks.length > 0 && (
          <div className="preview-body" data-testid="preview-body">
            <PreviewBlocks
              blocks={article.blocks}
              photoSrc={photoSrc}
              photoMissing={t('preview.photoMissing')}
              uiLang={uiLang}
            />
          </div>
        )}
        {parts.byline && (
          <p className="preview-byline" data-testid="preview-byline">
            {parts.byline}
          </p>
        )}
        {parts.related.length > 0 && (
          <aside className="preview-related" data-testid="preview-related" aria-labelledby={relatedId}>
            <h2 id={relatedId} className="preview-related-heading">
              {t('preview.related', { lng: article.language })}
            </h2>
            <ul>
              {parts.related.map((link, i) => (
                <li key={i}>
                  <a href={link.href} target="_blank" rel="noopener noreferrer">
                    {link.title}
                  </a>
                  {link.teaser && <p className="preview-teaser">{withBreaks(link.teaser)}</p>}
                </li>
              ))}
            </ul>
          </aside>
        )}
      </article>
    </section>
  );
}
