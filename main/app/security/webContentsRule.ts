import type { WebContents } from 'electron';
import type { AppModule } from '../AppModule';

/** A security rule applied to every web contents the app ever creates (windows, devtools…). */
export function webContentsRule(apply: (contents: WebContents) => void): AppModule {
  return {
    init({ app }) {
      app.on('web-contents-created', (_event, contents) => apply(contents));
    },
  };
}
