import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/article/draft';
import { currentLanguage } from '../../i18n';
import { call } from '../api';
import { reasonOf } from '../format/reason';
import { formatMoment } from '../format/time';
import type { NewerDraft } from './storeReport';

type Shown = { ok: true; draft: Draft } | { ok: false; error: unknown };

/**
 * A draft saved by a newer Newsdesk: why it cannot be edited here, and a read-only look at the
 * newest version this Newsdesk can read. Nothing here writes: the draft stays as the newer one left it.
 */
export function NewerDraftItem({ draft }: { draft: NewerDraft }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown | null>(null);
  const [open, setOpen] = useState(false);
  // Main always sends both formats with code `newer`; '?' only guards a hand-edited report.
  const formats = {
    format: draft.problem.detail.format ?? '?',
    supportedFormat: draft.problem.detail.supportedFormat ?? '?',
  };
  const headline = draft.headline.trim();
  const { readableRevision } = draft;

  const toggle = () => {
    setOpen(!open);
    if (open || shown || readableRevision === null) return;
    call(window.newsdesk.drafts.getRevision({ id: draft.id, revision: readableRevision })).then(
      ({ draft: version }) => setShown({ ok: true, draft: version }),
      (error: unknown) => setShown({ ok: false, error }),
    );
  };

  const paragraphs = shown?.ok ? shown.draft.bodyText.split(/\n+/).filter((p) => p.trim() !== '') : [];
  return (
    <li data-testid="store-report-newer" data-id={draft.id}>
      {headline
        ? t('storeReport.newer', { headline, ...formats })
        : t('storeReport.newerNoHeadline', { id: draft.id, ...formats })}
      {readableRevision !== null && (
        <>
          {' '}
          <button type="button" className="link-button" data-testid="open-readable-version" onClick={toggle}>
            {t(open ? 'storeReport.closeReadable' : 'storeReport.openReadable')}
          </button>
        </>
      )}
      {open && shown && !shown.ok && (
        <p className="notice notice-error">{t('storeReport.readableFailed', { reason: reasonOf(shown.error, t) })}</p>
      )}
      {open && shown?.ok && (
        <article className="store-report-version" lang={shown.draft.language} data-testid="readable-version">
          <p className="store-report-version-title">
            {t('storeReport.readableTitle', {
              revision: shown.draft.revision,
              time: formatMoment(shown.draft.updatedAt, currentLanguage(), t),
            })}
          </p>
          <h3>{shown.draft.headline.trim() || t('drafts.untitled')}</h3>
          {paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </article>
      )}
    </li>
  );
}
