import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface TargetPlainTextOfferProps {
  /** Stores the password again, this time accepting plain text; rejects with what went wrong. */
  onAccept: () => Promise<void>;
  /** Keeps it for this session only (it already is). */
  onDecline: () => void;
}

/**
 * Linux without a keyring: the password could only be stored as readable text. The reporter
 * reads why it was not remembered and what storing it anyway would risk, in words, and chooses;
 * the safe choice (this session only) is the one already in effect.
 */
export function TargetPlainTextOffer({ onAccept, onDecline }: TargetPlainTextOfferProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <div
      className="notice target-plain-text"
      role="alertdialog"
      aria-labelledby="plain-text-why"
      data-testid="plain-text-offer"
    >
      <p id="plain-text-why">{t('sync.secretNotKept.plain_text_refused')}</p>
      <p>{t('sync.targets.plainTextRisk')}</p>
      <div className="target-actions">
        <button
          type="button"
          className="button button-small button-primary"
          data-testid="plain-text-decline"
          autoFocus
          onClick={onDecline}
          disabled={busy}
        >
          {t('sync.targets.sessionOnly')}
        </button>
        <button
          type="button"
          className="button button-small button-danger"
          data-testid="plain-text-accept"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onAccept().finally(() => setBusy(false));
          }}
        >
          {t('sync.targets.plainTextAccept')}
        </button>
      </div>
    </div>
  );
}
