import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftStatusSchema } from '../../../shared/article/draft';
import { templateName } from '../article/templates';
import { useTemplates } from '../article/TemplatesContext';
import type { Facets } from './facets';
import type { ListParams, ListSort } from './listParams';

export interface DraftFiltersProps {
  params: ListParams;
  facets: Facets;
  onChange: (change: Partial<ListParams>) => void;
  /** The search box, for Ctrl/Cmd+F (Search drafts). */
  searchRef?: RefObject<HTMLInputElement | null>;
}

const SORTS: ListSort[] = ['updated', 'created', 'headline'];
// A section value may be any text, '' included: prefix it so "any" ('') cannot collide.
const sectionValue = (section: string | null) => (section === null ? '' : `s:${section}`);

/** Search box, order and filters above the drafts list. The store does the searching. */
export function DraftFilters({ params, facets, onChange, searchRef }: DraftFiltersProps) {
  const { t, i18n } = useTranslation();
  const { templates: known } = useTemplates();
  const templateLabel = (id: string) => {
    const template = known.find((k) => k.id === id);
    return template ? templateName(template, i18n.language) : id;
  };
  const sections =
    params.section !== null && !facets.sections.includes(params.section)
      ? [...facets.sections, params.section]
      : facets.sections;
  const templates =
    params.template !== null && !facets.templates.includes(params.template)
      ? [...facets.templates, params.template]
      : facets.templates;

  return (
    <div className="draft-filters" role="search">
      <label className="filter filter-search">
        <span className="filter-label">{t('drafts.searchLabel')}</span>
        <input
          ref={searchRef}
          type="search"
          data-testid="draft-search"
          value={params.query}
          placeholder={t('drafts.searchPlaceholder')}
          lang="vi"
          spellCheck={false}
          onChange={(event) => onChange({ query: event.target.value })}
        />
      </label>
      <label className="filter">
        <span className="filter-label">{t('drafts.sortLabel')}</span>
        <select
          data-testid="draft-sort"
          value={params.sort}
          onChange={(event) => onChange({ sort: event.target.value as ListSort })}
        >
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`drafts.sort.${sort}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">{t('drafts.filterStatus')}</span>
        <select
          data-testid="filter-status"
          value={params.status ?? ''}
          onChange={(event) => {
            const status = DraftStatusSchema.safeParse(event.target.value);
            onChange({ status: status.success ? status.data : null });
          }}
        >
          <option value="">{t('drafts.allStatuses')}</option>
          {DraftStatusSchema.options.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">{t('drafts.filterTemplate')}</span>
        <select
          data-testid="filter-template"
          value={params.template ?? ''}
          onChange={(event) => onChange({ template: event.target.value || null })}
        >
          <option value="">{t('drafts.allTemplates')}</option>
          {templates.map((id) => (
            <option key={id} value={id}>
              {templateLabel(id)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">{t('drafts.filterSection')}</span>
        <select
          data-testid="filter-section"
          value={sectionValue(params.section)}
          onChange={(event) => onChange({ section: event.target.value === '' ? null : event.target.value.slice(2) })}
        >
          <option value="">{t('drafts.allSections')}</option>
          {sections.map((section) => (
            <option key={section} value={sectionValue(section)}>
              {section === '' ? t('drafts.noSection') : section}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
