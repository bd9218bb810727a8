import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft, RevisionInfo } from '../../../shared/article/draft';
import { currentLanguage } from '../../i18n';
import { call } from '../api';
import { reasonOf } from '../format/reason';
import { formatClock, formatDate, isSameDay } from '../format/time';
import { NameVersion } from './NameVersion';

export interface RevisionPreviewProps {
  id: string;
  info: RevisionInfo;
  current: boolean;
  onBack: () => void;
  /** Restores this version; resolves to the failure to show, or null when it worked. */
  onRestore: (revision: number) => Promise<RestoreFailure | null>;
  onCompareWithCurrent: () => void;
}

/** The current text could not be saved first (so nothing was restored), or the restore failed. */
export type RestoreFailure = { kind: 'unsaved' } | { kind: 'failed'; error: unknown };

type Preview = { revision: number } & ({ ok: true; draft: Draft } | { ok: false; error: unknown });

/** A saved version, read-only, with the button that makes it the current text again. */
export function RevisionPreview({ id, info, current, onBack, onRestore, onCompareWithCurrent }: RevisionPreviewProps) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [failure, setFailure] = useState<RestoreFailure | null>(null);
  const language = currentLanguage();
  const savedAt = new Date(info.savedAt);
  const clock = formatClock(savedAt, language);
  const when = isSameDay(savedAt, new Date())
    ? clock
    : t('time.atOn', { time: clock, date: formatDate(savedAt, language) });

  useEffect(() => {
    let live = true;
    call(window.newsdesk.drafts.getRevision({ id, revision: info.revision })).then(
      ({ draft }) => live && setPreview({ revision: info.revision, ok: true, draft }),
      (error: unknown) => live && setPreview({ revision: info.revision, ok: false, error }),
    );
    return () => {
      live = false;
    };
  }, [id, info.revision]);

  const restore = async () => {
    setRestoring(true);
    setFailure(null);
    const problem = await onRestore(info.revision);
    // On success this panel is replaced by the reloaded editor's; only a failure lands here.
    if (problem !== null) {
      setFailure(problem);
      setRestoring(false);
    }
  };

  const shown = preview?.revision === info.revision ? preview : null;
  const paragraphs = shown?.ok ? shown.draft.bodyText.split(/\n+/).filter((p) => p.trim() !== '') : [];

  return (
    <div className="revision-preview" data-testid="revision-preview" data-revision={info.revision}>
      <button type="button" className="link-button" data-testid="history-back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t('history.allVersions')}
      </button>
      <h3 className="revision-preview-title">
        {info.name !== null && (
          <span className="revision-name" data-testid="preview-name">
            {info.name}
          </span>
        )}
        {t('history.previewTitle', { time: when })}
      </h3>
      <div className="history-tools">
        <NameVersion id={id} revision={info.revision} name={info.name} />
        {!current && (
          <button
            type="button"
            className="button button-small"
            data-testid="compare-with-current"
            onClick={onCompareWithCurrent}
          >
            {t('history.compare.withCurrent')}
          </button>
        )}
      </div>
      {!shown && <p className="notice">{t('history.previewLoading')}</p>}
      {shown && !shown.ok && (
        <p className="notice notice-error">{t('history.previewFailed', { reason: reasonOf(shown.error, t) })}</p>
      )}
      {shown?.ok && (
        <article className="revision-text" lang={shown.draft.language} data-testid="revision-text">
          <h4>{shown.draft.headline.trim() || t('drafts.untitled')}</h4>
          {paragraphs.length === 0 ? (
            <p className="revision-untitled">{t('history.noText')}</p>
          ) : (
            paragraphs.map((p, i) => <p key={i}>{p}</p>)
          )}
        </article>
      )}
      {failure !== null && (
        <p className="notice notice-error" role="alert" data-testid="restore-failed">
          {failure.kind === 'unsaved'
            ? t('history.unsaved')
            : t('history.restoreFailed', { reason: reasonOf(failure.error, t) })}
        </p>
      )}
      {!current && (
        <div className="revision-actions">
          <button
            type="button"
            className="button button-primary"
            data-testid="restore-revision"
            disabled={restoring || !shown?.ok}
            onClick={() => void restore()}
          >
            {restoring ? t('history.restoring') : t('history.restore')}
          </button>
          <p className="revision-hint">{t('history.restoreHint')}</p>
        </div>
      )}
    </div>
  );
}
