import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/article/draft';
import type { PhotoRecord } from '../../../shared/article/photo';
import { call } from '../api';
import { TextField } from '../../ui/TextField';
import { useSaveStatus } from '../format/useSaveStatus';
import { LegacyCaptionOffer } from './LegacyCaptionOffer';

type Field = 'caption' | 'credit' | 'altText' | 'copyright';
export type Fields = Record<Field, string>;

const SAVE_AFTER_MS = 700;
const fieldsOf = (p: PhotoRecord): Fields => ({
  caption: p.caption,
  credit: p.credit,
  altText: p.altText,
  copyright: p.copyright,
});

export interface PhotoEditorProps {
  draftId: string;
  photo: PhotoRecord;
  thumbnail: string | undefined;
  /** The story's language: the words typed here are read (and spellchecked) in it. */
  language: Language;
  onClose: () => void;
  /** Places the photo in the body with the words as they are in the editor now. */
  onPlace: (fields: Fields) => void;
  onSaved: (photo: PhotoRecord) => void;
}

/** Caption, credit, alt text and copyright of one photo, saved shortly after typing stops and on leaving a field. */
export function PhotoEditor({ draftId, photo, thumbnail, language, onClose, onPlace, onSaved }: PhotoEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [fields, setFields] = useState<Fields>(() => fieldsOf(photo));
  const save = useSaveStatus();
  const saved = useRef<Fields>(fieldsOf(photo));
  const timer = useRef<number | undefined>(undefined);
  const captionRef = useRef<HTMLDivElement>(null);
  /** The GPS choice being saved; the record's once saved (or not). */
  const [choosingGps, setChoosingGps] = useState<boolean | undefined>(undefined);

  // Someone else changed the record (apply-to-selected): take their value where ours is unedited.
  useEffect(() => {
    const incoming = fieldsOf(photo);
    setFields((current) => {
      const next = { ...current };
      for (const key of Object.keys(incoming) as Field[])
        if (current[key] === saved.current[key]) next[key] = incoming[key];
      return next;
    });
    saved.current = incoming;
  }, [photo]);

  useEffect(() => captionRef.current?.querySelector('textarea')?.focus(), [photo.id]);

  const flush = async (values: Fields) => {
    window.clearTimeout(timer.current);
    const changed = (Object.keys(values) as Field[]).filter((k) => values[k] !== saved.current[k]);
    if (changed.length === 0) return;
    const update = Object.fromEntries(changed.map((k) => [k, values[k]]));
    const result = await save.track(call(window.newsdesk.photos.update({ draftId, photoId: photo.id, ...update })));
    if (!result) return;
    saved.current = { ...saved.current, ...update };
    onSaved(result.photo);
  };

  useEffect(() => () => window.clearTimeout(timer.current), []);

  // A deliberate choice, saved at once; the published copies follow in the background.
  const chooseGps = async (keep: boolean) => {
    setChoosingGps(keep);
    const result = await save.track(call(window.newsdesk.photos.update({ draftId, photoId: photo.id, keepGps: keep })));
    setChoosingGps(undefined);
    if (result) onSaved(result.photo);
  };

  const onValue = (key: Field, value: string) => {
    const next = { ...fields, [key]: value };
    setFields(next);
    save.clear();
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(next), SAVE_AFTER_MS);
  };
  const saveNow = () => void flush(fields);

  return (
    <section
      className="photo-editor"
      data-testid="photo-editor"
      aria-label={t('photos.editor.title', { name: photo.name })}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        void flush(fields);
        onClose();
      }}
    >
      <header className="photo-editor-head">
        {thumbnail && <img src={thumbnail} alt={fields.altText} className="photo-editor-thumb" />}
        <div>
          <h3 className="photo-editor-name">{photo.name}</h3>
          <p className="photo-editor-size">{t('photos.editor.size', { width: photo.width, height: photo.height })}</p>
        </div>
      </header>
      <div className="photo-editor-fields" ref={captionRef}>
        <label htmlFor={`${id}-caption`}>{t('photos.fields.caption')}</label>
        <TextField
          codes
          multiline
          spelling
          rows={4}
          data-testid="photo-caption"
          id={`${id}-caption`}
          value={fields.caption}
          onValue={(value) => onValue('caption', value)}
          onBlur={saveNow}
          lang={language}
        />
        <LegacyCaptionOffer caption={fields.caption} onCaption={(value) => onValue('caption', value)} />
        <label htmlFor={`${id}-credit`}>{t('photos.fields.credit')}</label>
        <TextField
          codes
          data-testid="photo-credit"
          id={`${id}-credit`}
          value={fields.credit}
          onValue={(value) => onValue('credit', value)}
          onBlur={saveNow}
          lang={language}
        />
        <label htmlFor={`${id}-altText`}>{t('photos.fields.altText')}</label>
        <TextField
          codes
          multiline
          rows={2}
          data-testid="photo-alt"
          id={`${id}-altText`}
          value={fields.altText}
          onValue={(value) => onValue('altText', value)}
          onBlur={saveNow}
          lang={language}
        />
        <label htmlFor={`${id}-copyright`}>{t('photos.fields.copyright')}</label>
        <TextField
          codes
          data-testid="photo-copyright"
          id={`${id}-copyright`}
          value={fields.copyright}
          onValue={(value) => onValue('copyright', value)}
          onBlur={saveNow}
          lang={language}
        />
      </div>
      {photo.metadata.hasGps && (
        <div className="photo-keep-gps">
          <label>
            <input
              type="checkbox"
              data-testid="photo-keep-gps"
              checked={choosingGps ?? photo.keepGps}
              onChange={(event) => void chooseGps(event.target.checked)}
              aria-describedby={`${id}-gps-warning`}
            />
            {t('photos.editor.keepGps')}
          </label>
          <p id={`${id}-gps-warning`} className="photo-keep-gps-warning">
            {t('photos.editor.keepGpsWarning')}
          </p>
        </div>
      )}
      <footer className="photo-editor-actions">
        <span
          className={save.state.status === 'failed' ? 'photo-save photo-save-failed' : 'photo-save'}
          role="status"
          data-testid="photo-save-status"
        >
          {save.text}
        </span>
        <button
          type="button"
          className="button button-small"
          data-testid="place-photo"
          onClick={() => void flush(fields).then(() => onPlace(fields))}
        >
          {t('photos.editor.place')}
        </button>
        <button
          type="button"
          className="button button-small"
          data-testid="close-photo-editor"
          onClick={() => void flush(fields).then(onClose)}
        >
          {t('photos.editor.close')}
        </button>
      </footer>
    </section>
  );
}
