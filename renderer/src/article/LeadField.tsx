import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { leadPrefix } from '../../../shared/format/leadPrefix';
import { CharCount } from './CharCount';
import { TextField } from '../../ui/TextField';
import { useHouseStyle } from './useHouseStyle';

export interface LeadFieldProps {
  value: string;
  onChange: (lead: string) => void;
  /** The outlet tag from the settings ("NSMT"); the prefix is shown, never typed or stored. */
  outlet: string;
  maxChars: number | undefined;
  lang: string;
  readOnly?: boolean;
}

/** The lead (sapo), after the outlet's prefix "(NSMT) - ", with its length against the template. */
export function LeadField({ value, onChange, outlet, maxChars, lang, readOnly }: LeadFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const prefix = leadPrefix(useHouseStyle().leadPrefixPattern, outlet);
  return (
    <div className="article-block lead">
      <label className="article-label" htmlFor={id}>
        {t('article.lead')}
      </label>
      <div className="lead-row">
        {prefix && (
          <span className="lead-prefix" data-testid="lead-prefix" title={t('article.leadPrefixHint')}>
            {prefix}
          </span>
        )}
        <TextField
          multiline
          spelling
          rows={2}
          id={id}
          className="article-input lead-input"
          data-testid="lead"
          aria-label={t('article.lead')}
          placeholder={t('article.leadPlaceholder')}
          value={value}
          onValue={onChange}
          lang={lang}
          readOnly={readOnly}
        />
      </div>
      <CharCount text={value} max={maxChars} testId="lead-count" />
    </div>
  );
}
