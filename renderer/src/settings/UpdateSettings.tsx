import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  updateFeedProblem,
  type UpdateFeedProblem,
  type UpdateSettings as Updates,
} from '../../../shared/contract/updateSettings';
import { call } from '../api';
import { useSaveStatus } from '../format/useSaveStatus';
import './renditions.css';

/**
 * The newsroom's own update feed. Empty keeps updates off; the address is checked here with the
 * same rule the settings service applies, so the reporter reads what to change before a round trip.
 */
export function UpdateSettings({ stored }: { stored: Updates }) {
  const { t } = useTranslation();
  const [address, setAddress] = useState(stored.feedUrl ?? '');
  const [saved, setSaved] = useState<string | null>(stored.feedUrl);
  const save = useSaveStatus();
  // Refused here, before any round trip: the address the reporter must change.
  const [problem, setProblem] = useState<UpdateFeedProblem | null>(null);
  const typed = address.trim();
  const feedUrl = typed === '' ? null : typed;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const refused = (feedUrl === null ? undefined : updateFeedProblem(feedUrl)) ?? null;
    setProblem(refused);
    if (refused) return save.clear();
    void save.track(call(window.newsdesk.settings.update({ updates: { feedUrl } }))).then((answer) => {
      if (!answer) return;
      setSaved(answer.settings.updates.feedUrl);
      setAddress(answer.settings.updates.feedUrl ?? '');
    });
  };

  return (
    <section className="settings-section" aria-labelledby="updates-title" data-testid="update-settings">
      <div className="settings-section-head">
        <h2 id="updates-title">{t('settings.updates.title')}</h2>
        <span className="settings-save" role="status" data-testid="updates-save-status">
          {problem ? t('settings.updates.notSaved') : save.text}
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
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'updates-problem' : undefined}
          onChange={(e) => {
            setAddress(e.target.value);
            setProblem(null);
            save.clear();
          }}
        />
      </form>
      {problem && (
        <p className="notice notice-error" id="updates-problem" role="alert" data-testid="updates-problem">
          {t(`settings.updates.problem.${problem}`)}
        </p>
      )}
      <div className="renditions-actions">
        <button
          type="button"
          className="button button-small button-primary"
          data-testid="updates-save"
          onClick={submit}
          disabled={save.state.status === 'saving' || feedUrl === saved}
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
