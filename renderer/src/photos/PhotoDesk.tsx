import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/article/draft';
import type { PhotoRecord } from '../../../shared/article/photo';
import type { CaptionedPhotoPayload } from '../../editor/nodes/CaptionedPhotoNode';
import { renditionUrl, type PhotoMedia } from '../../editor/photoMedia';
import { useSidePanel } from '../draft/useSidePanel';
import { reasonOf } from '../format/reason';
import { BulkCredit } from './BulkCredit';
import { ImportProgress } from './ImportProgress';
import { PhotoEditor } from './PhotoEditor';
import { PhotoGrid } from './PhotoGrid';
import { placementOf, renditionFor, THUMBNAIL_WIDTH } from './renditions';
import { useImport } from './useImport';
import type { usePhotos } from './usePhotos';
import './photos.css';

const ACCEPT = 'image/*,.heic,.heif,.tif,.tiff';

export interface PhotoDeskProps {
  draftId: string;
  /** The story's language, for the caption fields' lang. */
  language: Language;
  media: PhotoMedia | null;
  desk: ReturnType<typeof usePhotos>;
  onPlace: (payload: CaptionedPhotoPayload) => void;
  onClose: () => void;
}

const filesOf = (list: FileList | null | undefined) => (list ? [...list] : []);

/** The draft's photos: import (picker, drop, paste), what each still needs, captions, credits. */
export function PhotoDesk({ draftId, language, media, desk, onPlace, onClose }: PhotoDeskProps) {
  const { t } = useTranslation();
  const { ref: drawerRef, onKeyDown: onDrawerKey } = useSidePanel(onClose);
  const { photos, load, applied } = desk;
  const imports = useImport(draftId);
  const input = useRef<HTMLInputElement>(null);
  const [onlyUncaptioned, setOnlyUncaptioned] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [dropping, setDropping] = useState(false);

  const shown = onlyUncaptioned ? photos.filter((p) => p.caption.trim() === '') : photos;
  const open = photos.find((p) => p.id === openId);
  const thumbnailOf = (photo: PhotoRecord) => renditionUrl(media, renditionFor(photo, THUMBNAIL_WIDTH)?.file);
  const selectedIds = photos.filter((p) => selected.has(p.id)).map((p) => p.id);
  const importing = imports.state?.phase === 'staging' || imports.state?.phase === 'importing';

  const onDrop = (event: DragEvent) => {
    setDropping(false);
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    void imports.start(filesOf(event.dataTransfer.files));
  };

  return (
    <aside
      ref={drawerRef}
      onKeyDown={onDrawerKey}
      className={dropping ? 'photo-desk photo-desk-dropping' : 'photo-desk'}
      data-testid="photo-desk"
      aria-label={t('photos.title')}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
      onPaste={(event) => {
        const files = filesOf(event.clipboardData.files).filter((f) => f.type.startsWith('image/'));
        if (files.length === 0) return;
        event.preventDefault();
        void imports.start(files);
      }}
    >
      <header className="side-panel-head">
        <h2>{t('photos.title')}</h2>
        <button type="button" className="button button-small" data-testid="close-photos" onClick={onClose}>
          {t('photos.close')}
        </button>
      </header>
      <div className="photo-desk-tools">
        <button
          type="button"
          className="button button-small button-primary"
          data-testid="import-photos"
          disabled={importing}
          onClick={() => input.current?.click()}
        >
          {t('photos.import.button')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          data-testid="photo-file-input"
          onChange={(event) => {
            const files = filesOf(event.target.files);
            event.target.value = '';
            void imports.start(files);
          }}
        />
        <button
          type="button"
          className="button button-small"
          data-testid="filter-needs-caption"
          aria-pressed={onlyUncaptioned}
          onClick={() => setOnlyUncaptioned((on) => !on)}
        >
          {t('photos.filterNeedsCaption')}
        </button>
        <span className="photo-count">{t('photos.count', { count: photos.length })}</span>
      </div>
      <p className="photo-desk-hint">{t('photos.hint')}</p>
      {imports.state && <ImportProgress state={imports.state} onCancel={imports.cancel} onDismiss={imports.dismiss} />}
      {load.status === 'failed' && (
        <p className="notice notice-error" role="alert">
          {t('photos.loadFailed', { reason: reasonOf(load.error, t) })}
        </p>
      )}
      {load.status === 'ready' && photos.length === 0 && !imports.state && (
        <p className="photo-empty">{t('photos.empty')}</p>
      )}
      {onlyUncaptioned && photos.length > 0 && shown.length === 0 && (
        <p className="photo-empty">{t('photos.allCaptioned')}</p>
      )}
      {open && (
        <PhotoEditor
          key={open.id}
          draftId={draftId}
          language={language}
          photo={open}
          thumbnail={thumbnailOf(open)}
          onSaved={(photo) => applied([photo])}
          onPlace={(fields) =>
            onPlace({ ...placementOf(open), caption: fields.caption, credit: fields.credit, altText: fields.altText })
          }
          onClose={() => {
            setOpenId(null);
            const tile = document.querySelector<HTMLElement>(`[data-testid="photo-tile"][data-photo-id="${open.id}"]`);
            tile?.focus();
          }}
        />
      )}
      <PhotoGrid
        photos={shown}
        thumbnailOf={thumbnailOf}
        selected={selected}
        onSelect={setSelected}
        openId={openId}
        onOpen={setOpenId}
      />
      {/* One selected photo is the open one: its editor has the credit field. */}
      {selectedIds.length > 1 && <BulkCredit draftId={draftId} selected={selectedIds} onApplied={applied} />}
    </aside>
  );
}
