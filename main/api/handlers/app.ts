import type { appOperations } from '../../../shared/contract/app';
import type { HandlersOf } from '../dispatcher';
import type { HandlerServices } from './services';

export function appHandlers({ drafts, mediaBase, desk }: HandlerServices): HandlersOf<typeof appOperations> {
  return {
    'app.status': async () => ({ store: await drafts.openReport() }),
    'app.info': async () => ({ mediaBase }),
    'app.commandState': async (state) => {
      desk?.onCommandState?.(state);
      return { nativeMenu: desk?.onCommandState !== undefined };
    },
    // Per window, so main/app/ipc records it from the sender it alone knows; nothing to do here.
    'app.unsavedText': async () => ({}),
    'app.about': async () => desk?.about ?? { version: '', dataFolder: '', logsFolder: '' },
  };
}
