import type { Handlers } from '../dispatcher';
import { appHandlers } from './app';
import { draftsHandlers } from './drafts';
import { photosHandlers } from './photos';
import { settingsHandlers } from './settings';
import { syncHandlers } from './sync';
import { templatesHandlers } from './templates';
import type { HandlerServices } from './services';

export type { HandlerServices } from './services';

/**
 * Binds every contract operation to the service that answers it: one file per contract namespace,
 * mirroring shared/contract/. The dispatcher test checks that no operation is left without one.
 */
export function createHandlers(services: HandlerServices): Handlers {
  return {
    ...appHandlers(services),
    ...draftsHandlers(services),
    ...photosHandlers(services),
    ...settingsHandlers(services),
    ...syncHandlers(services),
    ...templatesHandlers(services),
  };
}
