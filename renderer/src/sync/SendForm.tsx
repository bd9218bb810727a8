import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SentRecord, Target } from '../../../shared/contract/sync';
import { call } from '../api';
import { reasonOf } from '../format/reason';

export interface SendFormProps {
  draftId: string;
  /** Only a finished story can be sent. */
  finished: boolean;
  targets: Target[] | null;
  sent: readonly SentRecord[];
}

/** The target to send to and the Send button; WordPress gets its warning about public photos. */
export function SendForm({ draftId, finished, targets, sent }: SendFormProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const [picked, setPicked] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (targets && targets.length === 0) return <p className="notice">{t('sync.noTargets')}</p>;
  // Until the reporter picks, the first target that is not the local hot folder is the usual wish.
  const target = targets?.find((x) => x.id === picked) ?? targets?.find((x) => x.kind !== 'hotFolder') ?? targets?.[0];
  const targetId = target?.id ?? '';
  // "Send the changes" once the story was edited after its last send there; otherwise plain "Send".
  const again = sent.some((record) => record.targetId === targetId && record.changedSinceSent);

  const send = () => {
    setBusy(true);
    setError(null);
    call(window.newsdesk.sync.send({ draftId, targetId })).then(
      () => setBusy(false),
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };

  return (
    <div className="sync-send">
      <label className="sync-send-target" htmlFor={selectId}>
        {t('sync.sendTo')}
      </label>
      <div className="sync-send-row">
        <select
          id={selectId}
          data-testid="sync-target"
          value={targetId}
          onChange={(event) => setPicked(event.target.value)}
        >
          {(targets ?? []).map((x) => (
            <option key={x.id} value={x.id}>
              {x.name} ({t(`sync.targets.kinds.${x.kind}`)})
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-small button-primary"
          data-testid="sync-send"
          disabled={!finished || busy || !target}
          onClick={send}
        >
          {busy ? t('sync.sending') : again ? t('sync.sendAgain') : t('sync.send')}
        </button>
      </div>
      {!finished && (
        <p className="sync-note" data-testid="sync-needs-finished">
          {t('sync.needsFinished')}
        </p>
      )}
      {target?.kind === 'wordpress' && (
        <p className="sync-note sync-note-warn" data-testid="sync-public-photos">
          {t('sync.publicPhotos')}
        </p>
      )}
      {error !== null && (
        <p className="notice notice-error" role="alert">
          {t('sync.sendFailed', { reason: reasonOf(error, t) })}
        </p>
      )}
    </div>
  );
}
