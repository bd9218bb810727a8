import { useTranslation } from 'react-i18next';
import type { Dateline, Language } from '../../../shared/article/draft';
import { formatDateline } from '../../../shared/format/dateline';
import { TextField } from '../../ui/TextField';
import { useHouseStyle } from './useHouseStyle';
import { DatelineWhen } from './DatelineWhen';
import { isoFromLocalInput, localInputNow, machineOffsetAt } from './localDateTime';

export interface DatelineFieldProps {
  value: Dateline | null;
  onChange: (dateline: Dateline | null) => void;
  language: Language;
  lang: string;
  /** The house outlet tag, shown as what an empty source means. */
  outlet: string;
  readOnly?: boolean;
}

/** Now, stamped with this machine's offset: a place typed first gets the time it was filed. */
function nowIso(): string {
  const local = localInputNow(new Date());
  return isoFromLocalInput(local, machineOffsetAt(local)) ?? new Date().toISOString();
}

/**
 * Where and when: the place, the date and time (filled in with now, on this machine's clock and
 * offset, when the place or source is typed first — and only then: once there is a dateline,
 * nothing but the reporter changes its date and time), and the dateline as printed.
 */
export function DatelineField({ value, onChange, language, lang, outlet, readOnly }: DatelineFieldProps) {
  const { t } = useTranslation();
  const style = useHouseStyle();
  const preview = value ? formatDateline(value, language, style.datelinePattern[language], outlet) : '';

  const onPlace = (place: string) => {
    if (value) onChange({ ...value, place });
    else if (place !== '') onChange({ place, dateTime: nowIso(), source: '' });
  };
  const onSource = (source: string) => {
    // "(TTXVN)" and "TTXVN" are the same tag: the house style adds the brackets.
    const tag = source.replace(/[()]/g, '');
    if (value) onChange({ ...value, source: tag });
    else if (tag !== '') onChange({ place: '', dateTime: nowIso(), source: tag });
  };
  const onDateTime = (dateTime: string) =>
    onChange({ place: value?.place ?? '', source: value?.source ?? '', dateTime });

  return (
    <fieldset className="article-block dateline">
      <legend className="article-label">{t('article.dateline')}</legend>
      <div className="dateline-inputs">
        <TextField
          className="article-input dateline-place"
          data-testid="dateline-place"
          aria-label={t('article.datelinePlace')}
          placeholder={t('article.datelinePlacePlaceholder')}
          value={value?.place ?? ''}
          onValue={onPlace}
          lang={lang}
          readOnly={readOnly}
        />
        <DatelineWhen dateTime={value?.dateTime ?? null} onDateTime={onDateTime} now={nowIso} readOnly={readOnly} />
        <TextField
          className="article-input dateline-source"
          data-testid="dateline-source"
          aria-label={t('article.datelineSource')}
          placeholder={t('article.datelineSourcePlaceholder', { outlet: outlet || '—' })}
          value={value?.source ?? ''}
          onValue={onSource}
          lang={lang}
          readOnly={readOnly}
        />
      </div>
      <p className="dateline-preview" data-testid="dateline-preview" lang={language} aria-live="polite">
        {preview || <span className="article-hint">{t('article.datelineEmpty')}</span>}
      </p>
    </fieldset>
  );
}
