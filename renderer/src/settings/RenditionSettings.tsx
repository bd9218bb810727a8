import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RENDITION_LIMITS, type RenditionSettings as Renditions } from '../../../shared/contract/renditionSettings';
import { call } from '../api';
import { useSaveStatus } from '../format/useSaveStatus';
import { formOf, readRenditionForm, type RenditionForm, type RenditionProblem } from './renditionForm';
import './renditions.css';

/**
 * The sizes and encoding of every photo's published copies. Saved by one button, whole or not at
 * all: a half-typed list of widths must never reach the next import.
 */
export function RenditionSettings({ stored }: { stored: Renditions }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<RenditionForm>(() => formOf(stored));
  const [saved, setSaved] = useState<Renditions>(stored);
  const save = useSaveStatus();
  // The button was pressed on a form that does not read: its problems show until it reads well.
  const [refused, setRefused] = useState(false);
  const change = (next: Partial<RenditionForm>) => {
    setForm({ ...form, ...next });
    if (!refused) save.clear();
  };
  const read = readRenditionForm(form);
  const unchanged = read.ok && sameRenditions(read.settings, saved);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRefused(!read.ok);
    if (!read.ok) return save.clear();
    void save.track(call(window.newsdesk.settings.update({ photos: read.settings }))).then((answer) => {
      if (!answer) return;
      setSaved(answer.settings.photos);
      setForm(formOf(answer.settings.photos));
    });
  };

  // Once the form reads well again, what was wrong goes away; it is saved only by the button.
  const problems = refused && !read.ok ? read.problems : [];
  const invalid = (field: RenditionProblem['field']) => problems.some((p) => p.field === field);
  const files = saved.widths.length * (saved.webp ? 2 : 1);

  return (
    <section className="settings-section" aria-labelledby="renditions-title" data-testid="rendition-settings">
      <div className="settings-section-head">
        <h2 id="renditions-title">{t('settings.renditions.title')}</h2>
        <span className="settings-save" role="status" data-testid="renditions-save-status">
          {refused ? (read.ok ? '' : t('settings.renditions.notSaved')) : save.text}
        </span>
      </div>
      <p className="settings-hint">{t('settings.renditions.hint')}</p>
      <form className="house-grid renditions-form" onSubmit={submit} noValidate>
        <label htmlFor="renditions-widths">{t('settings.renditions.widths')}</label>
        <div>
          <input
            id="renditions-widths"
            data-testid="renditions-widths"
            value={form.widths}
            inputMode="numeric"
            spellCheck={false}
            aria-invalid={invalid('widths')}
            aria-describedby="renditions-widths-hint"
            onChange={(e) => change({ widths: e.target.value })}
          />
          <p className="renditions-field-hint" id="renditions-widths-hint">
            {t('settings.renditions.widthsHint', {
              min: RENDITION_LIMITS.minWidth,
              max: RENDITION_LIMITS.maxWidth,
              count: RENDITION_LIMITS.maxWidths,
            })}
          </p>
        </div>
        <label htmlFor="renditions-quality">{t('settings.renditions.quality')}</label>
        <QualityInput
          id="renditions-quality"
          value={form.quality}
          invalid={invalid('quality')}
          onChange={(quality) => change({ quality })}
        />
        <span />
        <label className="renditions-check">
          <input
            type="checkbox"
            data-testid="renditions-webp"
            checked={form.webp}
            onChange={(e) => change({ webp: e.target.checked })}
          />
          {t('settings.renditions.webp')}
        </label>
        <label htmlFor="renditions-webp-quality">{t('settings.renditions.webpQuality')}</label>
        <QualityInput
          id="renditions-webp-quality"
          value={form.webpQuality}
          disabled={!form.webp}
          invalid={invalid('webpQuality')}
          onChange={(webpQuality) => change({ webpQuality })}
        />
      </form>
      {problems.length > 0 && (
        <ul className="notice notice-error renditions-problems" role="alert" data-testid="renditions-problems">
          {problems.map((problem, i) => (
            <li key={i}>{wordProblem(problem, t)}</li>
          ))}
        </ul>
      )}
      <div className="renditions-actions">
        <button
          type="button"
          className="button button-small button-primary"
          data-testid="renditions-save"
          onClick={submit}
          disabled={save.state.status === 'saving' || unchanged}
        >
          {t('settings.renditions.save')}
        </button>
        <span className="renditions-summary" data-testid="renditions-summary">
          {t('settings.renditions.summary', {
            count: files,
            widths: saved.widths.join(' · '),
            formats: saved.webp ? 'JPEG + WebP' : 'JPEG',
          })}
        </span>
      </div>
    </section>
  );
}

const sameRenditions = (a: Renditions, b: Renditions) =>
  a.widths.join() === b.widths.join() &&
  a.quality === b.quality &&
  a.webp === b.webp &&
  a.webpQuality === b.webpQuality;

function QualityInput(props: {
  id: string;
  value: string;
  invalid: boolean;
  disabled?: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <input
      id={props.id}
      data-testid={props.id}
      className="renditions-quality"
      type="number"
      min={RENDITION_LIMITS.minQuality}
      max={RENDITION_LIMITS.maxQuality}
      step={1}
      value={props.value}
      disabled={props.disabled}
      aria-invalid={props.invalid}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}

function wordProblem(problem: RenditionProblem, t: TFunction): string {
  const limits = { min: RENDITION_LIMITS.minWidth, max: RENDITION_LIMITS.maxWidth };
  switch (problem.code) {
    case 'empty':
      return t('settings.renditions.problem.empty');
    case 'notWidth':
      return t('settings.renditions.problem.notWidth', { text: problem.text });
    case 'outOfRange':
      return t('settings.renditions.problem.outOfRange', { width: problem.width, ...limits });
    case 'twice':
      return t('settings.renditions.problem.twice', { width: problem.width });
    case 'tooMany':
      return t('settings.renditions.problem.tooMany', { count: problem.count, max: RENDITION_LIMITS.maxWidths });
    case 'quality':
      return t(`settings.renditions.problem.${problem.field}`, {
        min: RENDITION_LIMITS.minQuality,
        max: RENDITION_LIMITS.maxQuality,
      });
  }
}
