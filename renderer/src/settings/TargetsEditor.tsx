import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Target } from '../../../shared/contract/sync';
import { call } from '../api';
import { reasonOf } from '../format/reason';
import { useTargets } from '../sync/useOutbox';
import { forgetSecret, secretKept } from './secretMemory';
import { TargetForm } from './TargetForm';
import { blankDraft, draftOf } from './targetDraft';
import { TargetTest } from './TargetTest';

type Editing = { mode: 'add' } | { mode: 'edit'; target: Target } | null;

/** Settings → Targets: where finished stories go, each with its own Test connection. */
export function TargetsEditor() {
  const { t } = useTranslation();
  const { targets, error, reload } = useTargets();
  const [editing, setEditing] = useState<Editing>(null);
  const [removeError, setRemoveError] = useState<unknown>(null);

  const remove = (target: Target) => {
    if (!window.confirm(t('sync.targets.removeConfirm', { name: target.name }))) return;
    setRemoveError(null);
    call(window.newsdesk.sync.removeTarget({ targetId: target.id })).then(
      () => {
        forgetSecret(target.id);
        reload();
      },
      (failure: unknown) => setRemoveError(failure),
    );
  };
  const saved = () => {
    setEditing(null);
    reload();
  };

  return (
    <section className="settings-section" aria-labelledby="targets-title" data-testid="targets-section">
      <div className="settings-section-head">
        <h2 id="targets-title">{t('sync.targets.title')}</h2>
      </div>
      <p className="settings-hint">{t('sync.targets.intro')}</p>
      {error !== null && <p className="notice notice-error">{t('sync.loadFailed', { reason: reasonOf(error, t) })}</p>}
      {removeError !== null && (
        <p className="notice notice-error" role="alert">
          {t('sync.actionFailed', { reason: reasonOf(removeError, t) })}
        </p>
      )}
      <ul className="target-list">
        {(targets ?? []).map((target) =>
          editing?.mode === 'edit' && editing.target.id === target.id ? (
            <li key={target.id} className="target-item">
              <TargetForm initial={draftOf(target)} saved={target} onSaved={saved} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={target.id} className="target-item" data-testid="target-item" data-target-id={target.id}>
              <div className="target-summary">
                <strong className="target-name">{target.name}</strong>
                <span className="target-kind">{t(`sync.targets.kinds.${target.kind}`)}</span>
                <span className="target-where">
                  {target.kind === 'hotFolder' ? (target.folder ?? t('sync.targets.defaultFolder')) : target.url}
                </span>
                <SecretStatus target={target} />
              </div>
              <div className="target-actions">
                <TargetTest targetId={target.id} />
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setEditing({ mode: 'edit', target })}
                >
                  {t('sync.targets.edit')}
                </button>
                <button type="button" className="button button-small button-danger" onClick={() => remove(target)}>
                  {t('sync.targets.remove')}
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      {editing?.mode === 'add' ? (
        <TargetForm initial={blankDraft('wordpress')} saved={null} onSaved={saved} onCancel={() => setEditing(null)} />
      ) : (
        <button
          type="button"
          className="button button-small"
          data-testid="target-add"
          onClick={() => setEditing({ mode: 'add' })}
        >
          {t('sync.targets.add')}
        </button>
      )}
    </section>
  );
}

function SecretStatus({ target }: { target: Target }) {
  const { t } = useTranslation();
  if (target.kind === 'hotFolder' || (target.kind === 'ninjsHttp' && !target.token)) return null;
  const kept = secretKept(target.id);
  if (kept === undefined) return null;
  // Not kept on this computer (the web host, or a keyring refused): still used until the app stops.
  const words = kept.remembered ? t('sync.targets.secretRemembered') : t('sync.targets.secretSession');
  return (
    <>
      <span className="target-secret" data-testid="target-secret" data-remembered={kept.remembered}>
        {words}
      </span>
      {!kept.remembered && (
        <span className="target-secret-why" data-testid="target-secret-why">
          {t(`sync.secretNotKept.${kept.reason}`)}
        </span>
      )}
    </>
  );
}
