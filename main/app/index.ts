import path from 'node:path';
import { app, dialog, net, Notification, powerMonitor, safeStorage, session, shell, webContents } from 'electron';
import type { Language } from '../../shared/commands/words';
import { channelOf, type EventPayloadOf } from '../../shared/contract';
import { createNewsdesk, logsFolderOf, type Newsdesk } from '../compose';
import { realFs } from '../services/storage';
import { dataLocationFrom } from './dataDir';
import { languageOfLocale } from '../../shared/i18n/language';
import { startupFailureWords } from './dialogs/dialogWords';
import { ipc } from './ipc';
import { startAppLog } from './log';
import { utilityProcessLauncher } from './photoWorker';
import { quitWhenAllWindowsClosed } from './lifecycle';
import { applicationMenu } from './menu/applicationMenu';
import { MEDIA_BASE } from './protocol/schemePolicy';
import { registerSchemes, servedSchemes } from './protocol/schemes';
import { pendingWorkOf } from './quit/pendingWork';
import { saveBeforeQuit } from './quit/saveBeforeQuit';
import { SendsInFlight } from './quit/sendsInFlight';
import { UnsavedWindows } from './quit/unsavedWindows';
import { quitSafely } from './quitSafely';
import { createModuleRunner } from './moduleRunner';
import { rendererLocation } from './rendererLocation';
import { electronSettingsStore } from './settingsStore';
import { contentSecurityPolicy } from './security/contentSecurityPolicy';
import { ALLOWED_PERMISSIONS, createGuards } from './security/guards';
import { guardSession, guardWebContents } from './security/securityModules';
import { SafeStorageSecretStore } from './sync/SafeStorageSecretStore';
import { syncOnDesktop } from './sync/syncOnDesktop';
import { updates } from './updates';
import { isAppWindow, mainWindow, WINDOW_LIMITS } from './window';
import { rememberedWindow } from './windowState/rememberedWindow';

// Synchronous on purpose: userData must move before the 'ready' event and before the lock.
const { dataDir, profileDir } = dataLocationFrom(process.argv, app.getPath('userData'));
if (profileDir) app.setPath('userData', profileDir);
registerSchemes(); // before 'ready', like the userData move
startAppLog(dataDir); // crash dumps' folder must be set before 'ready' too

if (!app.requestSingleInstanceLock()) {
  // Newsdesk already runs on this data folder; that instance brings its window forward.
  app.quit();
} else {
  const built = (...parts: string[]) => path.join(app.getAppPath(), 'out', ...parts);
  // The dev server URL is trusted only in development: a packaged app always loads its own files.
  const renderer = rendererLocation({
    devServerUrl: app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'],
    root: built('renderer'),
  });
  const guards = createGuards({
    renderer,
    isAppWindow,
    openExternal: (url) => shell.openExternal(url),
    allowPermissions: ALLOWED_PERMISSIONS,
    warn: (message) => console.warn(`[newsdesk] ${message}`),
  });
  const menu = applicationMenu({
    renderer,
    dataFolder: dataDir,
    logsFolder: logsFolderOf(dataDir),
    devTools: !app.isPackaged,
  });
  // The UI language the window last reported (the menu follows the same report); until then the system's.
  let uiLanguage: Language | null = null;
  const language = () => uiLanguage ?? languageOfLocale(app.getLocale());
  // One set of services for the whole app, made on first use inside startup.
  let started: ReturnType<typeof createNewsdesk> | null = null;
  let opened: Newsdesk | null = null; // the same services, once open: the update gate reads them synchronously
  const services = () =>
    (started ??= createNewsdesk({
      dataDir,
      settingsStore: electronSettingsStore(dataDir),
      mediaBase: MEDIA_BASE,
      photoWorker: utilityProcessLauncher(built('main', 'photoWorker.js')),
      // Made inside startup, after 'ready': safeStorage's backend is known only then.
      secrets: new SafeStorageSecretStore({
        safeStorage,
        dataDir,
        fs: realFs,
        platform: process.platform,
        onProblem: (problem, targetId) => console.warn(`[newsdesk] secret ${targetId ?? ''}: ${problem}`),
      }),
      onUnexpectedError: (operation, error) => console.error(`[newsdesk] ${operation} failed:`, error),
      onCommandState: (state) => {
        uiLanguage = state.language;
        menu.follow(state);
      },
    }).then((s) => (opened = s)));

  // What a quit or an update would cut short: sends on the wire, windows holding unsaved text
  // (each reports it over IPC), the drafts store's queue of saves. Quitting waits for them; the
  // updater does not install over them.
  const sendsInFlight = new SendsInFlight();
  const unsavedWindows = new UnsavedWindows();
  const pendingWork = pendingWorkOf({
    sends: sendsInFlight,
    unsaved: unsavedWindows,
    drafts: () => opened?.drafts ?? null,
  });

  createModuleRunner(app)
    .init(quitWhenAllWindowsClosed())
    .init(guardWebContents(guards))
    .init(guardSession(guards, () => session.defaultSession))
    .init(contentSecurityPolicy(renderer))
    .init(servedSchemes({ rendererRoot: renderer.kind === 'files' ? renderer.root : null, dataDir }))
    .init(ipc({ services, renderer, unsavedWindows }))
    .init(
      saveBeforeQuit({
        unsaved: unsavedWindows,
        askToSave: (id) => webContents.fromId(id)?.send(channelOf('app.command'), { command: 'saveNow' }),
      }),
    )
    .init(quitSafely(services, { inFlight: sendsInFlight, language }))
    // Nothing installs until "Restart to update" calls the gate.
    .init(
      updates({
        feedUrl: () => services().then((s) => s.settings.get().updates.feedUrl),
        watchFeed: (listener) => {
          let stop = () => {};
          void services().then(({ bus }) => {
            stop = bus.subscribe((event, payload) => {
              // The bus parsed the payload against the contract before it got here.
              if (event === 'settings.changed')
                listener((payload as EventPayloadOf<'settings.changed'>).settings.updates.feedUrl);
            });
          });
          return () => stop();
        },
        pendingWork,
      }),
    )
    .init(
      syncOnDesktop({
        services,
        Notification,
        network: { isOnline: () => net.isOnline(), onResume: (listener) => powerMonitor.on('resume', listener) },
        // The UI language the window reported (the system's until it has): notifications speak it too.
        windowLanguage: language,
      }),
    )
    .init(menu)
    .init(
      mainWindow({
        renderer,
        preload: built('preload', 'index.cjs'),
        placement: rememberedWindow(dataDir, WINDOW_LIMITS),
      }),
    )
    .then(undefined, (error: unknown) => {
      console.error('[newsdesk] could not start:', error); // the English detail, for the log
      const { title, content } = startupFailureWords(language(), error, {
        dataFolder: dataDir,
        logsFolder: logsFolderOf(dataDir),
      });
      dialog.showErrorBox(title, content);
      app.exit(1);
    });
}
