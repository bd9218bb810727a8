import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { TextField } from '../../ui/TextField';

/** The sections other drafts use, offered as suggestions; a new one is simply typed. */
function useSectionsSeen(): string[] {
  const [sections, setSections] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    call(window.newsdesk.drafts.facets({}))
      .then((facets) => live && setSections(facets.sections))
      .catch((error: unknown) => console.warn('[newsdesk] sections unavailable', error));
    return () => {
      live = false;
    };
  }, []);
  return sections;
}

export interface SectionFieldProps {
  value: string;
  onChange: (section: string) => void;
  readOnly?: boolean;
}

export function SectionField({ value, onChange, readOnly }: SectionFieldProps) {
  const { t } = useTranslation();
  const listId = useId();
  const sections = useSectionsSeen();
  return (
    <label className="article-inline">
      <span className="article-label">{t('article.section')}</span>
      <TextField
        className="article-input section-input"
        data-testid="section"
        aria-label={t('article.section')}
        placeholder={t('article.sectionPlaceholder')}
        value={value}
        onValue={onChange}
        list={listId}
        lang="vi"
        readOnly={readOnly}
      />
      <datalist id={listId}>
        {sections.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </label>
  );
}
