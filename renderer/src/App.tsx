import { useTranslation } from 'react-i18next';
import { DraftScreen } from './draft/DraftScreen';
import { DraftsScreen } from './drafts/DraftsScreen';
import { LanguageSwitch } from './LanguageSwitch';
import { hrefOf, useRoute, type Route } from './route';
import { TrashScreen } from './trash/TrashScreen';
import { UndoToast } from './trash/UndoToast';

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'draft':
      return <DraftScreen key={route.id} id={route.id} />;
    case 'trash':
      return <TrashScreen />;
    default:
      return <DraftsScreen />;
  }
}

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
      <Screen route={route} />
      <UndoToast />
    </div>
  );
}
