import type { photosOperations } from '../../../shared/contract/photos';
import type { HandlersOf } from '../dispatcher';
import type { HandlerServices } from './services';

export function photosHandlers({ photoDesk }: HandlerServices): HandlersOf<typeof photosOperations> {
  return {
    'photos.list': async ({ draftId }) => ({ photos: await photoDesk.list(draftId) }),
    'photos.stage': async (request) => ({ stagedId: await photoDesk.stage(request) }),
    'photos.import': async (request) => ({ results: await photoDesk.import(request) }),
    'photos.cancel': async ({ batchId }) => {
      photoDesk.cancel(batchId);
      return {};
    },
    'photos.update': async ({ draftId, photoId, ...changes }) => ({
      photo: await photoDesk.update(draftId, photoId, changes),
    }),
    'photos.updateMany': async ({ draftId, photoIds, ...changes }) => ({
      photos: await photoDesk.updateMany(draftId, photoIds, changes),
    }),
  };
}
