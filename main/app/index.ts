import path from 'node:path';
import { app, dialog, net, Notification, powerMonitor, safeStorage, session, shell } from 'electron';
import { createNewsdesk, logsFolderOf } from '../compose';
import { realFs } from '../services/storage';
import { dataLocationFrom } from './dataDir';
import { ipc } from './ipc';
import { startAppLog } from './log';
import { utilityProcessLauncher } from './photoWorker';
import { quitWhenAllWindowsClosed } from './lifecycle';
import { applicationMenu } from './menu/applicationMenu';
import { MEDIA_BASE } from './protocol/schemePolicy';
import { registerSchemes, servedSchemes } from './protocol/schemes';
import { SendsInFlight } from './quit/sendsInFlight';
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
  // One set of services for the whole app, made on first use inside startup.
  let started: ReturnType<typeof createNewsdesk> | null = null;
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
      onCommandState: (state) => menu.follow(state),
    }));

  // One follower of sends on the wire: quitting waits for them, the updater will not install over them.
  const sendsInFlight = new SendsInFlight();

  createModuleRunner(app)
    .init(quitWhenAllWindowsClosed())
    .init(guardWebContents(guards))
    .init(guardSession(guards, () => session.defaultSession))
    .init(contentSecurityPolicy(renderer))
    .init(servedSchemes({ rendererRoot: renderer.kind === 'files' ? renderer.root : null, dataDir }))
    .init(ipc({ services, renderer }))
    .init(quitSafely(services, sendsInFlight))
    .init(
      updates({
        feedUrl: () => services().then((s) => s.settings.get().updates.feedUrl),
        // Main sees sends only; unsaved text and queued saves live in the windows and the drafts
        // store and are not counted yet. Nothing installs until "Restart to update" calls the gate.
        pendingWork: () => ({ sendsInFlight: sendsInFlight.count, savesInFlight: 0, unsavedWindows: 0 }),
      }),
    )
    .init(
      syncOnDesktop({
        services,
        Notification,
        network: { isOnline: () => net.isOnline(), onResume: (listener) => powerMonitor.on('resume', listener) },
        systemLocale: () => app.getLocale(),
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
      const reason = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox(
        'Newsdesk could not start',
        `${reason}\n\nCheck that the data folder can be written to, then start Newsdesk again:\n${dataDir}`,
      );
      app.exit(1);
    });
}
