import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { formatClock } from '../format/time';
import { reasonOf } from '../format/reason';
import type { SaveState } from './Autosaver';
import './SaveStatus.css';

/** "Saving…", "Saved 16:41:07", or a persistent red "Not saved — reason" with Retry. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();

  if (state.kind === 'failed') {
    return (
      <div className="save-status save-status-failed" role="alert">
        <div className="save-status-text">
          <span data-testid="save-status">{t('save.failed', { reason: reasonOf(state.error, t) })}</span>
          <span className="save-status-hint">{t('save.failedHint')}</span>
        </div>
        <button type="button" className="button button-small" data-testid="save-retry" onClick={onRetry}>
          {t('save.retry')}
        </button>
      </div>
    );
  }
  const text =
    state.kind === 'saving' ? t('save.saving') : t('save.saved', { time: formatClock(state.at, currentLanguage()) });
  return (
    <div className={`save-status save-status-${state.kind}`} role="status">
      <span data-testid="save-status">{text}</span>
    </div>
  );
}
