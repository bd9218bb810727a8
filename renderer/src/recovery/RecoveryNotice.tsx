import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryNotice as Notice } from '../../../shared/article/draft';
import { currentLanguage } from '../../i18n';
import { call } from '../api';
import { reasonOf } from '../format/reason';
import { damageText } from '../format/problems';
import { formatMoment } from '../format/time';
import './recovery.css';

export interface RecoveryNoticeProps {
  id: string;
  notice: Notice;
  onDismissed: () => void;
}

/** The yellow banner on a draft the store had to recover: when from, why, where the bad file is. */
export function RecoveryNotice({ id, notice, onDismissed }: RecoveryNoticeProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const dismiss = async () => {
    setBusy(true);
    try {
      await call(window.newsdesk.drafts.dismissRecovery({ id }));
      onDismissed();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <section className="notice-warning recovery-notice" role="alert" data-testid="recovery-notice">
      <div className="recovery-text">
        <p className="recovery-main">
          {t('recovery.notice', {
            time: formatMoment(notice.savedAt, currentLanguage(), t),
            problem: damageText(notice.problem, t),
            keptAs: notice.keptAs,
          })}
        </p>
        <p className="recovery-hint">{t('recovery.hint')}</p>
        {error !== null && (
          <p className="recovery-error">{t('recovery.dismissFailed', { reason: reasonOf(error, t) })}</p>
        )}
      </div>
      <button
        type="button"
        className="button button-small"
        data-testid="dismiss-recovery"
        disabled={busy}
        onClick={() => void dismiss()}
      >
        {t('recovery.dismiss')}
      </button>
    </section>
  );
}
