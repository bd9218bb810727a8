import type { settingsOperations } from '../../../shared/contract/settings';
import type { HandlersOf } from '../dispatcher';
import type { HandlerServices } from './services';

export function settingsHandlers({ settings }: HandlerServices): HandlersOf<typeof settingsOperations> {
  return {
    'settings.get': async () => ({ settings: settings.get() }),
    'settings.update': async (changes) => ({ settings: settings.update(changes) }),
  };
}
