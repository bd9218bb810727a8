import type { AppModule } from './AppModule';

/**
 * Quit when the last window closes, except on macOS where an app stays in the Dock: clicking it
 * there ('activate', see window.ts) opens the window again. Quitting still runs quitSafely.
 */
export function quitWhenAllWindowsClosed(platform: NodeJS.Platform = process.platform): AppModule {
  return {
    init({ app }) {
      app.on('window-all-closed', () => {
        if (platform !== 'darwin') app.quit();
      });
    },
  };
}
