import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSchema, type Language } from '../../../shared/article/draft';
import type { ArticleBlocks } from './articleBlocks';
import { BylineField } from './BylineField';
import { DatelineField } from './DatelineField';
import { LeadField } from './LeadField';
import { TextField } from '../../ui/TextField';
import { RelatedLinks } from './RelatedLinks';
import { SectionField } from './SectionField';
import { KeywordsField } from './KeywordsField';
import { hasBlock, limitsOf, templateName } from './templates';
import { useTemplate, useTemplates } from './TemplatesContext';
import { useHouseStyle } from './useHouseStyle';
import './article.css';

export interface ArticleBlocksProps {
  blocks: ArticleBlocks;
  update: (patch: Partial<ArticleBlocks>) => void;
  readOnly?: boolean;
}

/** Above the headline: the template, the section and the language the story is written in. */
export function StoryMeta({ blocks, update, readOnly }: ArticleBlocksProps) {
  const { t, i18n } = useTranslation();
  const { templates } = useTemplates();
  const known = templates.some((template) => template.id === blocks.template);
  return (
    <div className="story-meta">
      <label className="article-inline">
        <span className="article-label">{t('article.template')}</span>
        <select
          className="article-input"
          data-testid="article-template"
          value={blocks.template}
          disabled={readOnly}
          onChange={(event) => update({ template: event.target.value })}
        >
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {templateName(template, i18n.language)}
            </option>
          ))}
          {!known && <option value={blocks.template}>{blocks.template}</option>}
        </select>
      </label>
      <SectionField value={blocks.section} onChange={(section) => update({ section })} readOnly={readOnly} />
      <label className="article-inline">
        <span className="article-label">{t('article.language')}</span>
        <select
          className="article-input"
          data-testid="article-language"
          value={blocks.language}
          disabled={readOnly}
          onChange={(event) => update({ language: LanguageSchema.parse(event.target.value) })}
        >
          {LanguageSchema.options.map((language: Language) => (
            <option key={language} value={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** Between the headline and the body: subheadline, dateline, lead. */
export function StoryIntro({ blocks, update, readOnly }: ArticleBlocksProps) {
  const { t } = useTranslation();
  const template = useTemplate(blocks.template);
  const { outlet } = useHouseStyle();
  const subheadlineId = useId();
  const lang = blocks.language;
  return (
    <>
      {hasBlock(template, 'subheadline') && (
        <div className="article-block">
          <label className="article-label" htmlFor={subheadlineId}>
            {t('article.subheadline')}
          </label>
          <TextField
            multiline
            spelling
            rows={2}
            id={subheadlineId}
            className="article-input subheadline"
            data-testid="subheadline"
            aria-label={t('article.subheadline')}
            placeholder={t('article.subheadlinePlaceholder')}
            value={blocks.subheadline}
            onValue={(subheadline) => update({ subheadline })}
            lang={lang}
            readOnly={readOnly}
          />
        </div>
      )}
      {hasBlock(template, 'dateline') && (
        <DatelineField
          value={blocks.dateline}
          onChange={(dateline) => update({ dateline })}
          language={blocks.language}
          lang={lang}
          outlet={outlet}
          readOnly={readOnly}
        />
      )}
      {hasBlock(template, 'lead') && (
        <LeadField
          value={blocks.lead}
          onChange={(lead) => update({ lead })}
          outlet={blocks.dateline?.source.trim() || outlet}
          maxChars={limitsOf(template).leadMaxChars}
          lang={lang}
          readOnly={readOnly}
        />
      )}
    </>
  );
}

/** After the body: who wrote it, what to read next, and the keywords the CMS files it under. */
export function StoryCredits({ blocks, update, readOnly }: ArticleBlocksProps) {
  const template = useTemplate(blocks.template);
  const lang = blocks.language;
  return (
    <>
      {hasBlock(template, 'byline') && (
        <BylineField value={blocks.byline} onChange={(byline) => update({ byline })} lang={lang} readOnly={readOnly} />
      )}
      {hasBlock(template, 'related') && (
        <RelatedLinks
          value={blocks.related}
          onChange={(related) => update({ related })}
          max={limitsOf(template).relatedMax}
          lang={lang}
          readOnly={readOnly}
        />
      )}
      {hasBlock(template, 'keywords') && (
        <KeywordsField
          value={blocks.keywords}
          onChange={(keywords) => update({ keywords })}
          lang={lang}
          readOnly={readOnly}
        />
      )}
    </>
  );
}
