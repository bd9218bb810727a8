import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelatedLink } from '../../../shared/article/draft';
import { moved } from './articleBlocks';
import { TextField } from '../../ui/TextField';

export interface RelatedLinksProps {
  value: RelatedLink[];
  onChange: (related: RelatedLink[]) => void;
  /** The template's limit, shown as "2/8". */
  max: number | undefined;
  lang: string;
  readOnly?: boolean;
}

/**
 * "Read also" links: added by address, then titled, described, ordered and removed. Each row's
 * fields and buttons are named with the link's number ("Tiêu đề liên kết 2"), so a screen reader
 * never hears the headline's name, or another row's, for them.
 */
export function RelatedLinks({ value, onChange, max, lang, readOnly }: RelatedLinksProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [url, setUrl] = useState('');
  const full = max !== undefined && value.length >= max;

  const add = (event: FormEvent) => {
    event.preventDefault();
    const address = url.trim();
    if (address === '' || full) return;
    onChange([...value, { url: address, title: '', teaser: '' }]);
    setUrl('');
  };
  const edit = (index: number, patch: Partial<RelatedLink>) =>
    onChange(value.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  return (
    <section className="article-block related" aria-labelledby={headingId}>
      <h3 id={headingId} className="article-label">
        {t('article.related')} {max !== undefined && <span className="article-hint">{`${value.length}/${max}`}</span>}
      </h3>
      <ol className="related-list">
        {value.map((link, index) => (
          <li key={index} className="related-row" data-testid="related-row">
            <div className="related-head">
              <input
                type="url"
                className="article-input related-url"
                data-testid="related-edit-url"
                aria-label={t('article.relatedUrlOf', { n: index + 1 })}
                title={link.url}
                value={link.url}
                readOnly={readOnly}
                spellCheck={false}
                onChange={(event) => edit(index, { url: event.target.value })}
              />
              <div className="related-actions">
                <button
                  type="button"
                  className="button button-small"
                  data-testid="related-up"
                  aria-label={t('article.relatedUpOf', { n: index + 1 })}
                  disabled={readOnly || index === 0}
                  onClick={() => onChange(moved(value, index, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button-small"
                  data-testid="related-down"
                  aria-label={t('article.relatedDownOf', { n: index + 1 })}
                  disabled={readOnly || index === value.length - 1}
                  onClick={() => onChange(moved(value, index, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button-small"
                  data-testid="related-remove"
                  aria-label={t('article.relatedRemoveOf', { n: index + 1 })}
                  disabled={readOnly}
                  onClick={() => onChange(value.filter((_, i) => i !== index))}
                >
                  {t('article.remove')}
                </button>
              </div>
            </div>
            <TextField
              className="article-input"
              data-testid="related-title"
              aria-label={t('article.relatedTitleOf', { n: index + 1 })}
              placeholder={t('article.relatedTitle')}
              value={link.title}
              onValue={(title) => edit(index, { title })}
              lang={lang}
              readOnly={readOnly}
            />
            <TextField
              multiline
              rows={2}
              className="article-input"
              data-testid="related-teaser"
              aria-label={t('article.relatedTeaserOf', { n: index + 1 })}
              placeholder={t('article.relatedTeaser')}
              value={link.teaser}
              onValue={(teaser) => edit(index, { teaser })}
              lang={lang}
              readOnly={readOnly}
            />
          </li>
        ))}
      </ol>
      <form className="related-add" onSubmit={add}>
        <input
          type="url"
          className="article-input"
          data-testid="related-url"
          aria-label={t('article.relatedUrl')}
          placeholder="https://"
          value={url}
          readOnly={readOnly}
          onChange={(event) => setUrl(event.target.value)}
        />
        <button
          type="submit"
          className="button button-small"
          data-testid="add-related"
          disabled={readOnly || full || url.trim() === ''}
        >
          {t('article.addRelated')}
        </button>
      </form>
    </section>
  );
}
