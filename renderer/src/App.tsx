import { useTranslation } from 'react-i18next';
import { DraftScreen } from './draft/DraftScreen';
import { DraftsScreen } from './drafts/DraftsScreen';
import { LanguageSwitch } from './LanguageSwitch';
import { hrefOf, useRoute } from './route';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <div className="app">
      <header className="masthead">
        <a className="brand" href={hrefOf({ screen: 'drafts' })}>
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </a>
        <LanguageSwitch />
      </header>
      {route.screen === 'draft' ? <DraftScreen key={route.id} id={route.id} /> : <DraftsScreen />}
    </div>
  );
}
