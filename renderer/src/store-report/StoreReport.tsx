import { useTranslation } from 'react-i18next';
import { damageText } from '../format/problems';
import { hrefOf } from '../route';
import { NewerDraftItem } from './NewerDraftItem';
import { useStoreReport } from './storeReport';
import './storeReport.css';

/** What the store found at start-up (recovered, newer or unreadable drafts, what it tidied): never a silent failure. */
export function StoreReport() {
  const { t } = useTranslation();
  const { report, dismiss } = useStoreReport();
  if (!report) return null;

  return (
    <section className="notice-warning store-report" role="alert" data-testid="store-report">
      <div className="store-report-text">
        <h2>{t('storeReport.title')}</h2>
        {report.crashed && <p>{t('storeReport.crashed')}</p>}
        {report.notes.map(({ code, detail }) => (
          <p key={code} data-testid="store-report-note" data-code={code}>
            {t(`storeReport.notes.${code}`, detail)}
          </p>
        ))}
        <ul>
          {report.recovered.map(({ id, headline }) => (
            <li key={id} data-testid="store-report-recovered">
              <a href={hrefOf({ screen: 'draft', id })}>
                {t('storeReport.recovered', { headline: headline.trim() || t('drafts.untitled') })}
              </a>
            </li>
          ))}
          {report.newer.map((draft) => (
            <NewerDraftItem key={draft.id} draft={draft} />
          ))}
          {report.unreadable.map(({ id, problem }) => (
            <li key={id} data-testid="store-report-unreadable">
              {t('storeReport.unreadable', { id, problem: damageText(problem, t) })}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button-small" data-testid="dismiss-store-report" onClick={dismiss}>
        {t('storeReport.dismiss')}
      </button>
    </section>
  );
}
