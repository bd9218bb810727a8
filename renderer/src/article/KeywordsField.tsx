import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keywordsFrom } from './articleBlocks';
import { TextField } from '../../ui/TextField';

export interface KeywordsFieldProps {
  value: string[];
  onChange: (keywords: string[]) => void;
  lang: string;
  readOnly?: boolean;
}

/**
 * The keywords the CMS files the story under, typed in one box separated by commas. The box
 * keeps what is typed (a trailing comma, a half-typed word); the story keeps the clean list.
 */
export function KeywordsField({ value, onChange, lang, readOnly }: KeywordsFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [typed, setTyped] = useState(() => value.join(', '));
  const [shown, setShown] = useState(value);
  // A restore or undo changed the list from outside: show it (adjusted while rendering).
  if (value !== shown && keywordsFrom(typed).join('\u0000') !== value.join('\u0000')) {
    setShown(value);
    setTyped(value.join(', '));
  }
  const onTyped = (next: string) => {
    setTyped(next);
    const keywords = keywordsFrom(next);
    setShown(keywords);
    if (keywords.join('\u0000') !== value.join('\u0000')) onChange(keywords);
  };
  return (
    <div className="article-block keywords">
      <label className="article-label" htmlFor={id}>
        {t('article.keywords')}
      </label>
      <TextField
        id={id}
        className="article-input"
        data-testid="keywords"
        aria-label={t('article.keywords')}
        placeholder={t('article.keywordsPlaceholder')}
        value={typed}
        onValue={onTyped}
        lang={lang}
        readOnly={readOnly}
      />
      {value.length > 0 && (
        <ul className="keyword-chips" aria-hidden="true">
          {value.map((keyword) => (
            <li key={keyword}>{keyword}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
