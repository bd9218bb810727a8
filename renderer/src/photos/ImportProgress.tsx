import { useTranslation } from 'react-i18next';
import { photoProblemText } from '../format/problems';
import { reasonOf } from '../format/reason';
import { importErrorKey, type ImportError, type ImportState } from './useImport';

export interface ImportProgressProps {
  state: ImportState;
  onCancel: () => void;
  onDismiss: () => void;
}

/** "canon.jpg: the file is damaged (ends early) — ask for it again", in the UI's language. */
function useErrorText(): (error: ImportError) => string {
  const { t } = useTranslation();
  return (error) => {
    const problem = 'code' in error ? photoProblemText(error.code, error.detail, t) : reasonOf(error.failure, t);
    return error.name ? t('photos.fileError', { name: error.name, problem }) : problem;
  };
}

/** "12/40 ảnh", a bar, Cancel while it runs, and every file that did not make it. */
export function ImportProgress({ state, onCancel, onDismiss }: ImportProgressProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const running = state.phase === 'staging' || state.phase === 'importing';
  // The bar counts imported photos only; while files are still being handed over it waits at 0.
  const imported = state.phase === 'staging' ? 0 : state.done;
  const label =
    state.phase === 'staging'
      ? t('photos.import.preparing', { done: state.done, count: state.total })
      : t('photos.import.progress', { done: state.done, count: state.total });
  return (
    <section className="import-status" aria-label={t('photos.import.title')}>
      <div className="import-line">
        <span data-testid="import-progress-label" role="status">
          {label}
          {state.phase === 'cancelled' && ` — ${t('photos.import.cancelled')}`}
        </span>
        {running ? (
          <button type="button" className="button button-small" data-testid="cancel-import" onClick={onCancel}>
            {t('photos.import.cancel')}
          </button>
        ) : (
          <button type="button" className="button button-small" data-testid="dismiss-import" onClick={onDismiss}>
            {t('photos.import.dismiss')}
          </button>
        )}
      </div>
      <div
        className={state.phase === 'staging' ? 'import-bar import-bar-waiting' : 'import-bar'}
        data-testid="import-progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={state.total}
        aria-valuenow={imported}
        aria-valuetext={label}
      >
        <div className="import-bar-fill" style={{ transform: `scaleX(${state.total ? imported / state.total : 0})` }} />
      </div>
      {state.errors.length > 0 && (
        <ul className="import-errors" role="alert" aria-label={t('photos.import.errors')}>
          {state.errors.map((error) => (
            <li key={importErrorKey(error)} data-testid="import-error">
              {errorText(error)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
