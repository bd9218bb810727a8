import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpellingSettings } from '../../../../shared/contract/spellingSettings';
import { compareVietnamese } from '../../../../shared/text/collate';

interface Props {
  spelling: SpellingSettings;
  save: (next: SpellingSettings) => Promise<boolean>;
}

/** "My dictionary": the words this reporter added from a story, in Vietnamese order; add or remove one here. */
export function PersonalWordList({ spelling, save }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const words = useMemo(() => [...spelling.personal].sort(compareVietnamese), [spelling.personal]);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const word = typed.trim().normalize('NFC');
    if (!word) return;
    void save({ ...spelling, personal: [...new Set([...spelling.personal, word])] }).then((ok) => ok && setTyped(''));
  };
  const remove = (word: string) => void save({ ...spelling, personal: spelling.personal.filter((w) => w !== word) });

  return (
    <div className="spelling-list" data-testid="personal-words">
      <h3 id="personal-words-title">{t('settings.spelling.personal.title')}</h3>
      <p className="settings-hint">
        {t('settings.spelling.personal.hint')}{' '}
        <strong data-testid="personal-count">{t('settings.spelling.personal.count', { count: words.length })}</strong>
      </p>
      <form className="spelling-add" onSubmit={add}>
        <label htmlFor="personal-word">{t('settings.spelling.personal.addLabel')}</label>
        <input
          id="personal-word"
          data-testid="personal-word"
          value={typed}
          maxLength={200}
          spellCheck={false}
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit" className="button button-small" data-testid="personal-add" disabled={!typed.trim()}>
          {t('settings.spelling.personal.add')}
        </button>
      </form>
      {words.length === 0 ? (
        <p className="settings-hint">{t('settings.spelling.personal.empty')}</p>
      ) : (
        <ul className="spelling-words" aria-labelledby="personal-words-title">
          {words.map((word) => (
            <li key={word}>
              <span lang="vi" data-testid="personal-entry">
                {word}
              </span>
              <button
                type="button"
                className="button button-small"
                data-testid="personal-remove"
                aria-label={t('settings.spelling.personal.removeLabel', { word })}
                onClick={() => remove(word)}
              >
                {t('settings.spelling.personal.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
