import { useTranslation } from 'react-i18next';
import { useCodeTable } from '../../ui/codeTable';
import { hrefOf } from '../route';
import { CodeTableEditor } from './CodeTableEditor';
import { HouseStyleEditor } from './HouseStyleEditor';
import { RenditionSettings } from './RenditionSettings';
import { TargetsEditor } from './TargetsEditor';
import { SpellingSettings } from './spelling/SpellingSettings';
import { UpdateSettings } from './UpdateSettings';
import { TypingSettings } from '../typing/TypingSettings';
import './settings.css';

/**
 * Settings: the house style, the code-replacement table, photo renditions, Vietnamese input,
 * spelling, where finished stories go and the update feed.
 */
export function SettingsScreen() {
  const { t } = useTranslation();
  const { settings } = useCodeTable();
  return (
    <main className="screen settings-screen" data-testid="settings-screen">
      <nav className="draft-bar">
        <a className="back-link" href={hrefOf({ screen: 'drafts' })} data-testid="back">
          <span aria-hidden="true">←</span> {t('editor.back')}
        </a>
      </nav>
      <h1 className="settings-title">{t('settings.title')}</h1>
      {settings ? (
        <div className="settings-sections">
          <HouseStyleEditor stored={settings} />
          <CodeTableEditor stored={settings.codeReplacements} />
          <RenditionSettings stored={settings.photos} />
          <TypingSettings stored={settings.typing} />
          <SpellingSettings stored={settings.spelling} />
          <TargetsEditor />
          <UpdateSettings stored={settings.updates} />
        </div>
      ) : (
        <p className="notice" role="status">
          {t('settings.loading')}
        </p>
      )}
    </main>
  );
}
