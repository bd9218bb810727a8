import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Target, TargetKind } from '../../../shared/contract/sync';
import { TextField } from '../../ui/TextField';
import { call } from '../api';
import { reasonOf } from '../format/reason';
import { noteSecret } from './secretMemory';
import { TargetPlainTextOffer } from './TargetPlainTextOffer';
import { targetOf, type TargetDraft } from './targetDraft';

const KINDS: readonly TargetKind[] = ['wordpress', 'hotFolder', 'ninjsHttp'];

export interface TargetFormProps {
  initial: TargetDraft;
  /** The saved target when editing (its token flag is kept when no new token is typed). */
  saved: Target | null;
  onSaved: (target: Target) => void;
  onCancel: () => void;
}

/** Adding or editing one target; the password goes to the SecretStore and is never shown again. */
export function TargetForm({ initial, saved, onSaved, onCancel }: TargetFormProps) {
  const { t } = useTranslation();
  const idBase = useId();
  const [draft, setDraft] = useState(initial);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  /** Saved, but its password could only be remembered in plain text: the reporter chooses. */
  const [offer, setOffer] = useState<Target | null>(null);
  const set = (fields: Partial<TargetDraft>) => setDraft((previous) => ({ ...previous, ...fields }));
  const editing = saved !== null;

  const save = async () => {
    const hasToken = draft.secret !== '' || (saved?.kind === 'ninjsHttp' && saved.token);
    const parsed = targetOf(draft, hasToken);
    if (!parsed.ok) return setInvalid(parsed.field);
    setInvalid(null);
    setBusy(true);
    setError(null);
    try {
      const { target } = await call(window.newsdesk.sync.saveTarget({ target: parsed.target }));
      if (draft.secret !== '' && target.kind !== 'hotFolder') {
        const kept = await call(window.newsdesk.sync.setSecret({ targetId: target.id, secret: draft.secret }));
        noteSecret(target.id, kept);
        // No keyring: the reporter may still choose plain text, in words, before the form closes.
        if (!kept.remembered && kept.reason === 'plain_text_refused') return setOffer(target);
      }
      onSaved(target);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const acceptPlainText = async (target: Target) => {
    setError(null);
    try {
      const request = { targetId: target.id, secret: draft.secret, acceptPlainText: true };
      noteSecret(target.id, await call(window.newsdesk.sync.setSecret(request)));
      onSaved(target);
    } catch (failure) {
      setError(failure);
    }
  };

  const field = (name: keyof TargetDraft, label: string, extra: { type?: string; placeholder?: string } = {}) => (
    <>
      <label htmlFor={`${idBase}-${name}`}>{label}</label>
      <TextField
        id={`${idBase}-${name}`}
        data-testid={`target-${name}`}
        value={String(draft[name] ?? '')}
        onValue={(value) => set({ [name]: value })}
        aria-invalid={invalid === name}
        spellCheck={false}
        autoComplete={extra.type === 'password' ? 'new-password' : 'off'}
        {...extra}
      />
    </>
  );
  const secretLabel =
    draft.kind === 'wordpress'
      ? t(editing ? 'sync.targets.passwordKeep' : 'sync.targets.password')
      : t(editing ? 'sync.targets.tokenKeep' : 'sync.targets.token');

  return (
    <form
      className="target-form"
      data-testid="target-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="house-grid">
        <label htmlFor={`${idBase}-kind`}>{t('sync.targets.kind')}</label>
        <select
          id={`${idBase}-kind`}
          data-testid="target-kind"
          value={draft.kind}
          disabled={editing}
          onChange={(event) => set({ kind: event.target.value as TargetKind })}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`sync.targets.kinds.${kind}`)}
            </option>
          ))}
        </select>
        {field('name', t('sync.targets.name'))}
        {draft.kind === 'hotFolder' && (
          <>
            {field('folder', t('sync.targets.folder'), { placeholder: '/' })}
            {field('baseUrl', t('sync.targets.baseUrl'), { placeholder: 'https://' })}
          </>
        )}
        {draft.kind !== 'hotFolder' &&
          field('url', t(draft.kind === 'wordpress' ? 'sync.targets.url' : 'sync.targets.endpoint'), {
            placeholder: 'https://',
          })}
        {draft.kind === 'wordpress' && (
          <>
            {field('username', t('sync.targets.username'))}
            <label htmlFor={`${idBase}-postStatus`}>{t('sync.targets.postStatus')}</label>
            <select
              id={`${idBase}-postStatus`}
              data-testid="target-postStatus"
              value={draft.postStatus}
              onChange={(event) => set({ postStatus: event.target.value === 'pending' ? 'pending' : 'draft' })}
            >
              <option value="draft">{t('sync.targets.postStatuses.draft')}</option>
              <option value="pending">{t('sync.targets.postStatuses.pending')}</option>
            </select>
          </>
        )}
        {draft.kind !== 'hotFolder' && field('secret', secretLabel, { type: 'password' })}
      </div>
      {invalid && (
        <p className="notice notice-error" role="alert" data-testid="target-invalid">
          {t('sync.targets.invalid', { field: fieldName(invalid, draft.kind, t) })}
        </p>
      )}
      {error !== null && (
        <p className="notice notice-error" role="alert">
          {t('sync.targets.saveFailed', { reason: reasonOf(error, t) })}
        </p>
      )}
      {offer !== null ? (
        <TargetPlainTextOffer onAccept={() => acceptPlainText(offer)} onDecline={() => onSaved(offer)} />
      ) : (
        <div className="target-actions">
          <button
            type="submit"
            className="button button-small button-primary"
            data-testid="target-save"
            disabled={busy}
          >
            {t('sync.targets.save')}
          </button>
          <button type="button" className="button button-small" onClick={onCancel}>
            {t('sync.targets.cancel')}
          </button>
        </div>
      )}
    </form>
  );
}

function fieldName(field: string, kind: TargetKind, t: TFunction): string {
  switch (field) {
    case 'url':
      return t(kind === 'wordpress' ? 'sync.targets.url' : 'sync.targets.endpoint');
    case 'folder':
      return t('sync.targets.folder');
    case 'baseUrl':
      return t('sync.targets.baseUrl');
    case 'username':
      return t('sync.targets.username');
    default:
      return t('sync.targets.name');
  }
}
