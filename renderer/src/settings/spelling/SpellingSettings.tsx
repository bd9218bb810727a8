import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpellingSettings as Spelling } from '../../../../shared/contract/spellingSettings';
import { OutletWordList } from './OutletWordList';
import { PersonalWordList } from './PersonalWordList';
import { useSpellingSave } from './useSpellingSave';
import './spellingSettings.css';

/**
 * Settings → Spelling: the checker on or off (off: nothing is checked or underlined in any story,
 * at once), my dictionary, and the desk's outlet list with its file import and export. `stored`
 * follows settings.changed, so every change is made to the settings as they are now.
 */
export function SpellingSettings({ stored }: { stored: Spelling }) {
  const { t } = useTranslation();
  const { wrong, status, save } = useSpellingSave();
  // The switch moves when clicked, not when the settings come back; a change made elsewhere since wins.
  const [switched, setSwitched] = useState<{ on: boolean; basis: Spelling } | null>(null);
  const enabled = switched && switched.basis === stored ? switched.on : stored.enabled;
  const toggle = (on: boolean) => {
    setSwitched({ on, basis: stored });
    void save({ ...stored, enabled: on }).then((ok) => ok || setSwitched(null));
  };

  return (
    <section className="settings-section" aria-labelledby="spelling-title" data-testid="spelling-settings">
      <div className="settings-section-head">
        <h2 id="spelling-title">{t('settings.spelling.title')}</h2>
        <span
          className={wrong ? 'settings-save settings-save-failed' : 'settings-save'}
          role="status"
          data-testid="spelling-save-status"
        >
          {status}
        </span>
      </div>
      <p className="settings-hint">{t('settings.spelling.hint')}</p>
      <label className="spelling-switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="spelling-enabled"
          checked={enabled}
          aria-describedby="spelling-enabled-state"
          onChange={(event) => toggle(event.target.checked)}
        />
        {t('settings.spelling.enabled')}
      </label>
      <p className="settings-hint" id="spelling-enabled-state" data-testid="spelling-enabled-state">
        {enabled ? t('settings.spelling.on') : t('settings.spelling.off')}
      </p>
      <PersonalWordList spelling={stored} save={save} />
      <OutletWordList spelling={stored} save={save} />
    </section>
  );
}
