import { useTranslation } from 'react-i18next';
import type { DraftStatus } from '../../../shared/article/draft';
import { SaveStatus } from '../autosave/SaveStatus';
import { UnsavedOffer } from '../autosave/UnsavedOffer';
import type { Autosave } from '../autosave/useAutosave';
import { hrefOf } from '../route';

export interface DraftBarProps {
  autosave: Pick<Autosave, 'state' | 'retry' | 'offer' | 'restoreOffer' | 'dismissOffer'>;
  status: DraftStatus;
  previewShown: boolean;
  onPreview: () => void;
  /** Opens the checklist (step one of finishing); marking finished is done from there. */
  onFinish: () => void;
  finishOpen: boolean;
  photoCount: number;
  photosOpen: boolean;
  onPhotos: () => void;
  historyOpen: boolean;
  onHistory: () => void;
  /** The Sync panel: sending is possible only once the story is finished. */
  syncOpen: boolean;
  onSync: () => void;
  onTrash: () => void;
  /** A restore or a delete is under way: finishing and deleting wait. */
  locked: boolean;
}

/** The bar above an open draft: back, save status, the draft's status, and its panels and actions. */
export function DraftBar(props: DraftBarProps) {
  const { t } = useTranslation();
  return (
    <nav className="draft-bar">
      <a className="back-link" href={hrefOf({ screen: 'drafts' })} data-testid="back">
        <span aria-hidden="true">←</span> {t('editor.back')}
      </a>
      <div className="draft-save">
        <SaveStatus state={props.autosave.state} onRetry={props.autosave.retry} />
        <UnsavedOffer autosave={props.autosave} />
      </div>
      <div className="draft-tools">
        <span
          className={`draft-status draft-status-${props.status}`}
          data-testid="draft-status"
          data-status={props.status}
        >
          {t(`status.${props.status}`)}
        </span>
        <button
          type="button"
          className="button button-small"
          data-testid="open-preview"
          aria-pressed={props.previewShown}
          onClick={props.onPreview}
        >
          {t('preview.title')}
        </button>
        <button
          type="button"
          className="button button-small button-primary"
          data-testid="finish"
          title={t('finish.openLabel')}
          aria-pressed={props.finishOpen}
          onClick={props.onFinish}
        >
          {t('finish.open')}
        </button>
        <button
          type="button"
          className="button button-small"
          data-testid="open-sync"
          title={props.status === 'finished' ? t('sync.openLabel') : t('sync.needsFinished')}
          aria-pressed={props.syncOpen}
          onClick={props.onSync}
        >
          {t('sync.open')}
        </button>
        <button
          type="button"
          className="button button-small"
          data-testid="open-photos"
          aria-pressed={props.photosOpen}
          onClick={props.onPhotos}
        >
          {t('photos.open', { count: props.photoCount })}
        </button>
        <button
          type="button"
          className="button button-small"
          data-testid="open-history"
          aria-pressed={props.historyOpen}
          onClick={props.onHistory}
        >
          {t('history.open')}
        </button>
        <button
          type="button"
          className="button button-small button-danger"
          data-testid="trash-draft"
          title={t('editor.trashLabel')}
          disabled={props.locked}
          onClick={props.onTrash}
        >
          {t('editor.trash')}
        </button>
      </div>
    </nav>
  );
}
