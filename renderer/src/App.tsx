import { useTranslation } from 'react-i18next';
import { DraftScreen } from './draft/DraftScreen';
import { DraftsScreen } from './drafts/DraftsScreen';
import { TemplatesProvider } from './article/TemplatesContext';
import { CodeTableProvider } from './codes/CodeTableContext';
import { runCommand } from './commands/commandBus';
import { DesktopCommands } from './commands/DesktopCommands';
import { LanguageSwitch } from './LanguageSwitch';
import { hrefOf, useRoute, type Route } from './route';
import { SettingsScreen } from './settings/SettingsScreen';
import { TrashScreen } from './trash/TrashScreen';
import { InputModeProvider } from './typing/InputModeProvider';
import { UndoToast } from './trash/UndoToast';

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'draft':
      return <DraftScreen key={route.id} id={route.id} />;
    case 'trash':
      return <TrashScreen />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return <DraftsScreen />;
  }
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <CodeTableProvider>
      <InputModeProvider>
        <TemplatesProvider>
          <div className="app">
            <header className="masthead">
              <a className="brand" href={hrefOf({ screen: 'drafts' })}>
                <span className="brand-name">{t('app.name')}</span>
                <span className="brand-tagline">{t('app.tagline')}</span>
              </a>
              <nav className="masthead-tools">
                <a
                  className="masthead-link"
                  href={hrefOf({ screen: 'settings' })}
                  data-testid="open-settings"
                  aria-current={route.screen === 'settings' ? 'page' : undefined}
                >
                  {t('settings.open')}
                </a>
                <button
                  type="button"
                  className="masthead-link masthead-button"
                  data-testid="open-about"
                  title={t('commands.about')}
                  onClick={() => runCommand('about')}
                >
                  {t('menu.help')}
                </button>
                <LanguageSwitch />
              </nav>
            </header>
            <Screen route={route} />
            <UndoToast />
            <DesktopCommands />
          </div>
        </TemplatesProvider>
      </InputModeProvider>
    </CodeTableProvider>
  );
}
