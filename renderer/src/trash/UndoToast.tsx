import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reasonOf } from '../format/reason';
import { dismissTrashToast, forgetTrashToastOf, undoTrash, useTrashToast } from './trashToast';
import './trash.css';

/** Long enough to notice a slip and undo it; errors stay until closed. */
const SHOW_MS = 10_000;

/** "Moved “…” to the trash — Undo", shown on whatever screen the person lands on. */
export function UndoToast() {
  const { t } = useTranslation();
  const toast = useTrashToast();
  const [undoing, setUndoing] = useState(false);

  // A draft restored any other way (the trash screen, another window) is saved back to the list.
  useEffect(() => window.newsdesk.drafts.onChanged(({ draft }) => forgetTrashToastOf(draft.id)), []);

  useEffect(() => {
    if (toast?.kind !== 'moved') return;
    const timer = setTimeout(dismissTrashToast, SHOW_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  if (!toast) return null;
  const failed = toast.kind !== 'moved';
  let text: string;
  if (toast.kind === 'moved') text = t('trash.moved', { headline: toast.headline.trim() || t('drafts.untitled') });
  else if (toast.kind === 'trashFailed') text = t('trash.trashFailed', { reason: reasonOf(toast.error, t) });
  else text = t('trash.undoFailed', { reason: reasonOf(toast.error, t) });

  const undo = async () => {
    setUndoing(true);
    await undoTrash();
    setUndoing(false);
  };

  return (
    <div
      className={failed ? 'toast toast-error' : 'toast'}
      role={failed ? 'alert' : 'status'}
      data-testid="trash-toast"
    >
      <span className="toast-text">{text}</span>
      {toast.kind === 'moved' && (
        <button
          type="button"
          className="button button-small toast-action"
          data-testid="undo-trash"
          disabled={undoing}
          onClick={() => void undo()}
        >
          {t('trash.undo')}
        </button>
      )}
      <button
        type="button"
        className="icon-button toast-close"
        aria-label={t('trash.close')}
        data-testid="close-toast"
        onClick={dismissTrashToast}
      >
        ×
      </button>
    </div>
  );
}
