import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TypingSettings as Typing } from '../../../shared/contract/typingSettings';
import { INPUT_METHODS } from '../../../shared/text/telex';
import { call } from '../api';
import { useSaveStatus } from '../format/useSaveStatus';
import './typing.css';

/**
 * Settings → Vietnamese input: the built-in method (also switched from the toolbar and Alt+Z) and
 * where tones go. Each choice is saved as it is made: there is nothing half-typed to guard.
 */
export function TypingSettings({ stored }: { stored: Typing }) {
  const { t } = useTranslation();
  const save = useSaveStatus();
  // A choice shows at once; the stored settings catch up (a failed save puts the stored one back).
  const [chosen, setChosen] = useState<Partial<Typing>>({});
  const shown: Typing = { ...stored, ...chosen };
  const choose = (change: Partial<Typing>) => {
    setChosen({ ...chosen, ...change });
    void save.track(call(window.newsdesk.settings.update({ typing: { ...shown, ...change } }))).then((answer) => {
      if (!answer) setChosen({});
    });
  };

  return (
    <section className="settings-section" aria-labelledby="typing-title" data-testid="typing-settings">
      <div className="settings-section-head">
        <h2 id="typing-title">{t('typing.settingsTitle')}</h2>
        <span className="settings-save" role="status">
          {save.text}
        </span>
      </div>
      <p className="settings-hint">{t('typing.settingsHint')}</p>
      <div className="house-grid">
        <label htmlFor="typing-mode">{t('typing.modeLabel')}</label>
        <select
          id="typing-mode"
          data-testid="typing-mode"
          value={shown.inputMode}
          onChange={(event) => choose({ inputMode: event.target.value as Typing['inputMode'] })}
        >
          {INPUT_METHODS.map((mode) => (
            <option key={mode} value={mode}>
              {t(`typing.mode.${mode}`)}
            </option>
          ))}
        </select>
        <span id="typing-placement-label">{t('typing.placementLabel')}</span>
        <div role="radiogroup" aria-labelledby="typing-placement-label" className="typing-placement">
          {(['new', 'old'] as const).map((placement) => (
            <label key={placement}>
              <input
                type="radio"
                name="typing-placement"
                data-testid={`typing-placement-${placement}`}
                checked={shown.tonePlacement === placement}
                onChange={() => choose({ tonePlacement: placement })}
              />{' '}
              {t(placement === 'new' ? 'typing.placementNew' : 'typing.placementOld')}
            </label>
          ))}
        </div>
      </div>
    </section>
  );
}
