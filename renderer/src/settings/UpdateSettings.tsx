import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  updateFeedProblem,
  type UpdateFeedProblem,
  type UpdateSettings as Updates,
} from '../../../shared/contract/updateSettings';
import { call } from '../api';
import { reasonOf } from '../format/reason';
import './renditions.css';

type SaveState =
  | { status: 'idle' | 'saving' | 'saved' }
  | { status: 'invalid'; problem: UpdateFeedProblem }
  | { status: 'failed'; reason: string };

/**
 * The newsroom's own update feed. Empty keeps updates off; the address is checked here with the
 * same rule the settings service applies, so the reporter reads what to change before a round trip.
 */
export function UpdateSettings({ stored }: { stored: Updates }) {
  const { t } = useTranslation();
  const [address, setAddress] = useState(stored.feedUrl ?? '');
  const [saved, setSaved] = useState<string | null>(stored.feedUrl);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const typed = address.trim();
  const feedUrl = typed === '' ? null : typed;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = feedUrl === null ? undefined : updateFeedProblem(feedUrl);
    if (problem) return setSave({ status: 'invalid', problem });
    setSave({ status: 'saving' });
    call(window.newsdesk.settings.update({ updates: { feedUrl } }))
      .then(({ settings }) => {
        setSaved(settings.updates.feedUrl);
        setAddress(settings.updates.feedUrl ?? '');
        setSave({ status: 'saved' });
      })
      .catch((error: unknown) => setSave({ status: 'failed', reason: reasonOf(error, t) }));
  };

  const status =
    save.status === 'failed'
      ? t('settings.failed', { reason: save.reason })
      : { idle: '', saving: t('settings.saving'), saved: t('settings.saved'), invalid: t('settings.updates.notSaved') }[
          save.status
        ];

  return (
    <section className="settings-section" aria-labelledby="updates-title" data-testid="update-settings">
      <div className="settings-section-head">
        <h2 id="updates-title">{t('settings.updates.title')}</h2>
        <span className="settings-save" role="status" data-testid="updates-save-status">
          {status}
        </span>
      </div>
      <p className="settings-hint">{t('settings.updates.hint')}</p>
      <form className="house-grid" onSubmit={submit} noValidate>
        <label htmlFor="updates-feed">{t('settings.updates.feed')}</label>
        <input
          id="updates-feed"
          data-testid="updates-feed"
          type="url"
          value={address}
          placeholder="https://…"
          spellCheck={false}
          aria-invalid={save.status === 'invalid'}
          aria-describedby={save.status === 'invalid' ? 'updates-problem' : undefined}
          onChange={(e) => {
            setAddress(e.target.value);
            setSave({ status: 'idle' });
          }}
        />
      </form>
      {save.status === 'invalid' && (
        <p className="notice notice-error" id="updates-problem" role="alert" data-testid="updates-problem">
          {t(`settings.updates.problem.${save.problem}`)}
        </p>
      )}
      <div className="renditions-actions">
        <button
          type="button"
          className="button button-small button-primary"
          data-testid="updates-save"
          onClick={submit}
          disabled={save.status === 'saving' || feedUrl === saved}
        >
          {t('settings.updates.save')}
        </button>
        <span className="renditions-summary" data-testid="updates-summary">
          {saved === null ? t('settings.updates.off') : t('settings.updates.on', { address: saved })}
        </span>
      </div>
    </section>
  );
}
