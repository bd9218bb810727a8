import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { houseStyleOf, type Settings } from '../../../shared/contract/settings';
import type { Dateline } from '../../../shared/article/draft';
import { formatDateline } from '../../../shared/format/dateline';
import { withLeadPrefix } from '../../../shared/format/leadPrefix';
import { call } from '../api';
import { useSaveStatus } from '../format/useSaveStatus';

type HouseFields = Pick<Settings, 'outletTag' | 'datelinePattern' | 'leadPrefixPattern'>;
const SAVE_AFTER_MS = 600;

/** The reference story's dateline and lead, to show what the patterns print. */
const SAMPLE_DATELINE: Dateline = { place: 'Cần Thơ', dateTime: '2024-10-15T16:41:00+07:00', source: '' };
const SAMPLE_LEAD = 'Được sự cho phép của Thường trực Thành ủy Cần Thơ, ngày 14/10, …';

/** Outlet tag, dateline patterns and lead prefix: what every story's top lines look like. */
export function HouseStyleEditor({ stored }: { stored: HouseFields }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<HouseFields>(stored);
  const save = useSaveStatus();
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const empty = (['vi', 'en'] as const).filter((language) => fields.datelinePattern[language].trim() === '');
  const change = (next: HouseFields) => {
    setFields(next);
    save.clear();
    window.clearTimeout(timer.current);
    if (next.datelinePattern.vi.trim() === '' || next.datelinePattern.en.trim() === '') return;
    timer.current = window.setTimeout(() => {
      void save.track(
        call(
          window.newsdesk.settings.update({
            outletTag: next.outletTag.trim(),
            datelinePattern: next.datelinePattern,
            leadPrefixPattern: next.leadPrefixPattern,
          }),
        ),
      );
    }, SAVE_AFTER_MS);
  };
  const style = houseStyleOf({ ...fields, outletTag: fields.outletTag.trim() });
  const example = (language: 'vi' | 'en') =>
    formatDateline(SAMPLE_DATELINE, language, style.datelinePattern[language], style.outlet);
  const pattern = (language: 'vi' | 'en', value: string) =>
    change({ ...fields, datelinePattern: { ...fields.datelinePattern, [language]: value.normalize('NFC') } });

  return (
    <section className="settings-section" aria-labelledby="house-title">
      <div className="settings-section-head">
        <h2 id="house-title">{t('settings.house.title')}</h2>
        <span className="settings-save" role="status" data-testid="house-save-status">
          {save.text}
        </span>
      </div>
      <p className="settings-hint">{t('settings.house.hint')}</p>
      <div className="house-grid">
        <label htmlFor="house-outlet">{t('settings.house.outlet')}</label>
        <input
          id="house-outlet"
          data-testid="house-outlet"
          value={fields.outletTag}
          maxLength={32}
          onChange={(e) => change({ ...fields, outletTag: e.target.value.normalize('NFC') })}
        />
        <label htmlFor="house-lead">{t('settings.house.leadPrefix')}</label>
        <div>
          <input
            id="house-lead"
            data-testid="house-lead-prefix"
            value={fields.leadPrefixPattern}
            maxLength={100}
            onChange={(e) => change({ ...fields, leadPrefixPattern: e.target.value.normalize('NFC') })}
          />
          <p className="house-example" data-testid="house-lead-example" lang="vi">
            {withLeadPrefix(SAMPLE_LEAD, style.leadPrefixPattern, style.outlet)}
          </p>
        </div>
        {(['vi', 'en'] as const).map((language) => (
          <HousePattern
            key={language}
            language={language}
            value={fields.datelinePattern[language]}
            example={example(language)}
            onChange={(value) => pattern(language, value)}
          />
        ))}
      </div>
      {empty.length > 0 && (
        <p className="notice notice-error" role="alert">
          {t('settings.house.patternRequired')}
        </p>
      )}
      <p className="settings-hint">{t('settings.house.tokens')}</p>
    </section>
  );
}

function HousePattern({
  language,
  value,
  example,
  onChange,
}: {
  language: 'vi' | 'en';
  value: string;
  example: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = `house-dateline-${language}`;
  return (
    <>
      <label htmlFor={id}>{t('settings.house.dateline', { language: t(`language.${language}`) })}</label>
      <div>
        <input
          id={id}
          data-testid={id}
          value={value}
          maxLength={200}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
        <p className="house-example" data-testid={`${id}-example`} lang={language}>
          {example}
        </p>
      </div>
    </>
  );
}
