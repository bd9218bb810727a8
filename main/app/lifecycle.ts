import type { AppModule } from './AppModule';

/** Quit when the last window closes, except on macOS where apps stay in the Dock. */
export function quitWhenAllWindowsClosed(): AppModule {
  return {
    init({ app }) {
      app.on('window-all-closed', () => {
        if (process.platform !== 'darwin') app.quit();
      });
    },
  };
}
