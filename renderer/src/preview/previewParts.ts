import type { Article } from '../../../shared/article/article';
import { publishedLead } from '../../../shared/export/options';
import { safeUrl } from '../../../shared/export/safe';
import { formatDateline } from '../../../shared/format/dateline';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../../shared/format/houseStyle';

/** A "read also" item as a reader sees it: only links that are safe to follow. */
export interface PreviewRelated {
  href: string;
  title: string;
  teaser: string;
}

/** The page's parts above and below the body, as the published article shows them. */
export interface PreviewParts {
  section: string;
  headline: string;
  subheadline: string;
  /** The printed dateline and the date-time it stands for; null when there is none or it cannot be read. */
  dateline: { text: string; dateTime: string } | null;
  /** With the outlet prefix: "(NSMT) - …". */
  lead: string;
  /** Names joined as the HTML export joins them. */
  byline: string;
  related: PreviewRelated[];
}

/**
 * The same texts the export publishes (shared/export/html.ts, options.ts), so what the desk
 * previews is what the CMS gets: the lead prefix from the house pattern (the dateline's source
 * tag winning over the outlet), the dateline from the pattern for the article's own language,
 * and related links dropped when their address would not be exported.
 */
export function previewPartsOf(
  article: Article,
  outletTag: string,
  houseStyle: HouseStyle = DEFAULT_HOUSE_STYLE,
): PreviewParts {
  const style: HouseStyle = { ...houseStyle, outlet: outletTag };
  const datelineText = article.dateline
    ? formatDateline(article.dateline, article.language, style.datelinePattern[article.language], style.outlet)
    : '';
  return {
    section: article.section.trim(),
    headline: article.headline.trim(),
    subheadline: article.subheadline.trim(),
    dateline: article.dateline && datelineText ? { text: datelineText, dateTime: article.dateline.dateTime } : null,
    lead: publishedLead(article, { houseStyle: style }),
    byline: article.byline
      .map((a) => a.name.trim())
      .filter(Boolean)
      .join(', '),
    related: article.related.flatMap((link) => {
      const href = safeUrl(link.url.trim(), 'related');
      return href ? [{ href, title: link.title.trim() || href, teaser: link.teaser.trim() }] : [];
    }),
  };
}
