import type { DraftsService } from '../services/drafts/DraftsService';
import type { Handlers } from './dispatcher';

/** Binds every contract operation to the service that answers it. */
export function createHandlers(services: { drafts: DraftsService }): Handlers {
  const { drafts } = services;
  return {
    'app.status': async () => ({ store: await drafts.openReport() }),
    'drafts.list': async (query) => {
      const { items, total } = await drafts.list(query);
      return { drafts: items, total };
    },
    'drafts.create': async (fields) => ({ draft: await drafts.create(fields) }),
    'drafts.get': ({ id }) => drafts.get(id),
    'drafts.save': async (request) => ({ draft: await drafts.save(request) }),
    'drafts.history': async ({ id }) => ({ revisions: await drafts.history(id) }),
    'drafts.getRevision': async ({ id, revision }) => ({ draft: await drafts.revision(id, revision) }),
    'drafts.restoreRevision': async ({ id, revision }) => ({ draft: await drafts.restore(id, revision) }),
    'drafts.dismissRecovery': async ({ id }) => {
      await drafts.dismissRecovery(id);
      return {};
    },
    'drafts.trash': async ({ id }) => {
      await drafts.trash(id);
      return {};
    },
    'drafts.listTrash': async () => ({ drafts: await drafts.listTrash() }),
    'drafts.restoreFromTrash': async ({ id }) => ({ draft: await drafts.restoreFromTrash(id) }),
  };
}
