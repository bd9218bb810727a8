import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft, RevisionInfo } from '../../../shared/article/draft';
import { compareVersions, type ComparedPart } from '../../../shared/history/compareVersions';
import { currentLanguage } from '../../i18n';
import { call } from '../api';
import { reasonOf } from '../format/reason';
import { formatClock, formatDate, isSameDay } from '../format/time';
import { DiffParagraphs } from './DiffParagraphs';
import './compare.css';

export interface CompareViewProps {
  id: string;
  /** The two chosen versions; the lower revision is read as the older one. */
  versions: [RevisionInfo, RevisionInfo];
  currentRevision: number | undefined;
  onBack: () => void;
}

type Loaded = { ok: true; older: Draft; newer: Draft } | { ok: false; error: unknown };

/**
 * Two saved versions side by side in time: what the newer one added and removed, word by word,
 * in the headline, subheadline, lead, story text and captions. Added words are underlined and
 * removed ones struck through, each also said in words for a screen reader.
 */
export function CompareView({ id, versions, currentRevision, onBack }: CompareViewProps) {
  const { t } = useTranslation();
  const [older, newer] = [...versions].sort((a, b) => a.revision - b.revision);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    const get = (revision: number) => call(window.newsdesk.drafts.getRevision({ id, revision }));
    Promise.all([get(older.revision), get(newer.revision)]).then(
      ([a, b]) => live && setLoaded({ ok: true, older: a.draft, newer: b.draft }),
      (error: unknown) => live && setLoaded({ ok: false, error }),
    );
    return () => {
      live = false;
    };
  }, [id, older.revision, newer.revision]);

  const comparison = useMemo(() => (loaded?.ok ? compareVersions(loaded.older, loaded.newer) : null), [loaded]);

  return (
    <div className="compare-view" data-testid="compare-view">
      <button type="button" className="link-button" data-testid="history-back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t('history.allVersions')}
      </button>
      <h3 className="revision-preview-title">{t('history.compare.title')}</h3>
      <dl className="compare-versions">
        <dt>{t('history.compare.older')}</dt>
        <dd data-testid="compare-older">
          <VersionLabel info={older} current={older.revision === currentRevision} />
        </dd>
        <dt>{t('history.compare.newer')}</dt>
        <dd data-testid="compare-newer">
          <VersionLabel info={newer} current={newer.revision === currentRevision} />
        </dd>
      </dl>
      {!loaded && <p className="notice">{t('history.previewLoading')}</p>}
      {loaded && !loaded.ok && (
        <p className="notice notice-error">{t('history.compare.failed', { reason: reasonOf(loaded.error, t) })}</p>
      )}
      {comparison && loaded?.ok && (
        <>
          <p className="compare-summary" data-testid="compare-summary">
            {comparison.added === 0 && comparison.removed === 0
              ? t('history.compare.noWordsChanged')
              : t('history.compare.summary', {
                  added: t('history.compare.wordsAdded', { count: comparison.added }),
                  removed: t('history.compare.wordsRemoved', { count: comparison.removed }),
                })}
          </p>
          <p className="compare-legend">
            {t('history.compare.legendBefore')} <ins>{t('history.compare.legendAdded')}</ins>
            {t('history.compare.legendBetween')} <del>{t('history.compare.legendRemoved')}</del>
            {t('history.compare.legendAfter')}
          </p>
          <article className="compare-text" lang={loaded.newer.language} data-testid="compare-text">
            {comparison.parts.map((part) => (
              <ComparedSection key={part.part} part={part} />
            ))}
          </article>
        </>
      )}
    </div>
  );
}

function ComparedSection({ part }: { part: ComparedPart }) {
  const { t } = useTranslation();
  return (
    <section className="compare-part" data-testid={`compare-${part.part}`} data-changed={part.changed}>
      <h4>
        {t(`history.compare.parts.${part.part}`)}
        {!part.changed && <span className="compare-unchanged"> · {t('history.compare.unchanged')}</span>}
      </h4>
      <DiffParagraphs paragraphs={part.paragraphs} collapseUnchanged={part.part === 'body'} />
    </section>
  );
}

function VersionLabel({ info, current }: { info: RevisionInfo; current: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const savedAt = new Date(info.savedAt);
  const clock = formatClock(savedAt, language);
  const when = isSameDay(savedAt, new Date())
    ? clock
    : t('time.atOn', { time: clock, date: formatDate(savedAt, language) });
  return (
    <>
      {info.name !== null && <strong className="compare-version-name">{info.name} · </strong>}
      <time dateTime={info.savedAt}>{when}</time>
      {current && <span className="revision-current">{t('history.current')}</span>}
    </>
  );
}
