import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoRecord } from '../../../shared/article/photo';
import { call } from '../api';
import { TextField } from '../../ui/TextField';
import { reasonOf } from '../format/reason';

export interface BulkCreditProps {
  draftId: string;
  selected: readonly string[];
  onApplied: (photos: PhotoRecord[]) => void;
}

/** "Apply credit/copyright to selected": one photos.updateMany for the whole selection. */
export function BulkCredit({ draftId, selected, onApplied }: BulkCreditProps) {
  const { t } = useTranslation();
  const [credit, setCredit] = useState('');
  const [copyright, setCopyright] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const canApply = selected.length > 0 && (credit.trim() !== '' || copyright.trim() !== '');

  const apply = async () => {
    try {
      const { photos } = await call(
        window.newsdesk.photos.updateMany({
          draftId,
          photoIds: [...selected],
          ...(credit.trim() ? { credit: credit.trim() } : {}),
          ...(copyright.trim() ? { copyright: copyright.trim() } : {}),
        }),
      );
      onApplied(photos);
      setResult({ ok: true, text: t('photos.bulk.applied', { count: photos.length }) });
    } catch (error) {
      setResult({ ok: false, text: t('photos.bulk.failed', { reason: reasonOf(error, t) }) });
    }
  };

  return (
    <form
      className="bulk-credit"
      aria-label={t('photos.bulk.title')}
      onSubmit={(event) => {
        event.preventDefault();
        if (canApply) void apply();
      }}
    >
      <span className="bulk-count">{t('photos.bulk.selected', { count: selected.length })}</span>
      <TextField
        codes
        data-testid="bulk-credit"
        aria-label={t('photos.fields.credit')}
        placeholder={t('photos.fields.credit')}
        value={credit}
        onValue={setCredit}
      />
      <TextField
        codes
        data-testid="bulk-copyright"
        aria-label={t('photos.fields.copyright')}
        placeholder={t('photos.fields.copyright')}
        value={copyright}
        onValue={setCopyright}
      />
      <button type="submit" className="button button-small" data-testid="apply-credit" disabled={!canApply}>
        {t('photos.bulk.apply')}
      </button>
      {result && (
        <span
          className={result.ok ? 'bulk-result' : 'bulk-result bulk-result-failed'}
          role="status"
          data-testid="bulk-result"
        >
          {result.text}
        </span>
      )}
    </form>
  );
}
