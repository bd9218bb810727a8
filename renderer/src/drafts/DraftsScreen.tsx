import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { templateName } from '../article/templates';
import { useTemplates } from '../article/TemplatesContext';
import { call } from '../api';
import { useCommand } from '../commands/commandBus';
import { reasonOf } from '../format/reason';
import { templateProblemText } from '../format/problems';
import { hrefOf, navigate } from '../route';
import { StoreReport } from '../store-report/StoreReport';
import { DraftFilters } from './DraftFilters';
import { DraftListView } from './DraftListView';
import { isDefault, useListParams } from './listParams';
import { useDebounced } from './useDebounced';
import { useDraftList } from './useDraftList';
import './drafts.css';

/** The desk's front page: every draft, searchable, newest first, and the button that starts a new one. */
export function DraftsScreen() {
  const { t, i18n } = useTranslation();
  const { templates, problems } = useTemplates();
  const [template, setTemplate] = useState('tin');
  const [params, setParams] = useListParams();
  // The box answers every keystroke; the store is asked once typing pauses.
  const query = useDebounced(params.query, 150);
  const asked = useMemo(() => (query === params.query ? params : { ...params, query }), [params, query]);
  const list = useDraftList(asked);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<unknown>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const createDraft = async () => {
    setCreating(true);
    setCreateError(null);
    try {
      const { draft } = await call(window.newsdesk.drafts.create({ template }));
      navigate({ screen: 'draft', id: draft.id });
    } catch (error) {
      setCreateError(error);
      setCreating(false);
    }
  };

  // The menu's and the keyboard's New draft uses the template chosen here; Search drafts, the box.
  useCommand('newDraft', () => {
    if (!creating) void createDraft();
  });
  useCommand('searchDrafts', () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  });

  return (
    <main className="screen drafts-screen">
      <StoreReport />
      <div className="screen-head">
        <h1>{t('drafts.title')}</h1>
        <div className="screen-actions">
          <a className="button" href={hrefOf({ screen: 'trash' })} data-testid="open-trash">
            {t('drafts.openTrash')}
          </a>
          <label className="new-draft-template">
            <span className="visually-hidden">{t('article.template')}</span>
            <select
              data-testid="new-draft-template"
              value={template}
              onChange={(event) => setTemplate(event.target.value)}
              title={t('article.template')}
            >
              {templates.map((option) => (
                <option key={option.id} value={option.id}>
                  {templateName(option, i18n.language)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button-primary"
            data-testid="new-draft"
            disabled={creating}
            onClick={() => void createDraft()}
          >
            {creating ? t('drafts.creating') : t('drafts.new')}
          </button>
        </div>
      </div>
      {problems.length > 0 && (
        <p className="notice" role="status" data-testid="template-problems">
          {t('article.templateProblems', { files: problems.map((p) => templateProblemText(p, t)).join('; ') })}
        </p>
      )}
      {createError !== null && (
        <p className="notice notice-error" role="alert">
          {t('drafts.createFailed', { reason: reasonOf(createError, t) })}
        </p>
      )}
      <DraftFilters params={params} facets={list.facets} onChange={setParams} searchRef={searchRef} />
      <DraftListView list={list} filtered={!isDefault(asked)} query={query.trim()} onClear={() => setParams(null)} />
    </main>
  );
}
