import type { templatesOperations } from '../../../shared/contract/templates';
import type { HandlersOf } from '../dispatcher';
import type { HandlerServices } from './services';

export function templatesHandlers({ templates }: HandlerServices): HandlersOf<typeof templatesOperations> {
  return {
    'templates.list': () => templates.list(),
  };
}
