import { useTranslation } from 'react-i18next';
import type { Author } from '../../../shared/article/draft';
import { TextField } from '../../ui/TextField';

export interface BylineFieldProps {
  value: Author[];
  onChange: (byline: Author[]) => void;
  lang: string;
  readOnly?: boolean;
}

/** One or more authors; a blank row is offered when there is none, and not saved as a name. */
export function BylineField({ value, onChange, lang, readOnly }: BylineFieldProps) {
  const { t } = useTranslation();
  const rows = value.length > 0 ? value : [{ name: '' }];
  const setName = (index: number, name: string) => onChange(rows.map((a, i) => (i === index ? { ...a, name } : a)));
  return (
    <fieldset className="article-block byline">
      <legend className="article-label">{t('article.byline')}</legend>
      <ul className="byline-list">
        {rows.map((author, index) => (
          <li key={index} className="byline-row">
            <TextField
              className="article-input"
              data-testid="byline-input"
              aria-label={t('article.author', { n: index + 1 })}
              placeholder={t('article.authorPlaceholder')}
              value={author.name}
              onValue={(name) => setName(index, name)}
              lang={lang}
              readOnly={readOnly}
            />
            {rows.length > 1 && (
              <button
                type="button"
                className="button button-small"
                data-testid="remove-author"
                aria-label={t('article.removeAuthor', { name: author.name || t('article.author', { n: index + 1 }) })}
                disabled={readOnly}
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
              >
                {t('article.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button-small"
        data-testid="add-author"
        disabled={readOnly}
        onClick={() => onChange([...rows, { name: '' }])}
      >
        {t('article.addAuthor')}
      </button>
    </fieldset>
  );
}
