import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';
import { call } from '../api';
import { reasonOf } from '../format/reason';

export interface NameVersionProps {
  id: string;
  /** The kept version to name or rename; absent: the current one, the text on screen. */
  revision?: number;
  name: string | null;
  /** Stores the text on screen first (so the name is on what the reporter sees); false if it could not. */
  saveFirst?: () => Promise<boolean>;
}

/**
 * "Name this version": a button that opens a one-line form. Naming the current version stores
 * the text on screen first; typing after it starts a new version, so the named one stays.
 */
export function NameVersion({ id, revision, name, saveFirst }: NameVersionProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(name ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const open = () => {
    setText(name ?? '');
    setProblem(null);
    setEditing(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setProblem(t('history.name.empty'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      if (saveFirst && !(await saveFirst())) {
        setProblem(t('history.name.unsaved'));
        return;
      }
      await call(window.newsdesk.drafts.nameRevision({ id, revision, name: text }));
      // The history hears of the name through drafts.changed and lists it.
      setEditing(false);
    } catch (error) {
      setProblem(t('history.name.failed', { reason: reasonOf(error, t) }));
    } finally {
      setBusy(false);
    }
  };

  if (!editing) {
    return (
      <button type="button" className="button button-small" data-testid="name-version" onClick={open}>
        {name === null
          ? revision === undefined
            ? t('history.name.current')
            : t('history.name.this')
          : t('history.name.rename')}
      </button>
    );
  }
  return (
    <form className="name-version" data-testid="name-version-form" onSubmit={(e) => void submit(e)}>
      <label className="name-version-label">
        {t('history.name.label')}
        <TextField
          value={text}
          onValue={setText}
          maxLength={120}
          placeholder={t('history.name.placeholder')}
          data-testid="version-name"
          autoFocus
        />
      </label>
      {problem && (
        <p className="notice notice-error" role="alert" data-testid="name-version-problem">
          {problem}
        </p>
      )}
      <div className="name-version-actions">
        <button
          type="submit"
          className="button button-primary button-small"
          data-testid="save-version-name"
          disabled={busy}
        >
          {busy ? t('history.name.saving') : t('history.name.save')}
        </button>
        <button type="button" className="button button-small" onClick={() => setEditing(false)} disabled={busy}>
          {t('history.name.cancel')}
        </button>
      </div>
    </form>
  );
}
