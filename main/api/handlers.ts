import type { DraftsService } from '../services/drafts/DraftsService';
import type { PhotoDesk } from '../services/photos/PhotoDesk';
import { articleFromDraft } from '../../shared/article/article';
import { finishChecklist } from '../../shared/templates';
import type { SettingsService } from '../services/settings/SettingsService';
import type { TemplatesService } from '../services/templates/TemplatesService';
import { ServiceError } from '../services/errors';
import type { Handlers } from './dispatcher';

export interface HandlerServices {
  drafts: DraftsService;
  photoDesk: PhotoDesk;
  settings: SettingsService;
  templates: TemplatesService;
  mediaBase: string;
}

/** Binds every contract operation to the service that answers it. */
export function createHandlers(services: HandlerServices): Handlers {
  const { drafts, photoDesk, settings, templates, mediaBase } = services;
  return {
    'app.status': async () => ({ store: await drafts.openReport() }),
    'app.info': async () => ({ mediaBase }),
    'drafts.list': async (query) => {
      const { items, total } = await drafts.list(query);
      return { drafts: items, total };
    },
    'drafts.facets': async () => drafts.facets(),
    'drafts.create': async (fields) => ({ draft: await drafts.create(fields) }),
    'drafts.get': ({ id }) => drafts.get(id),
    'drafts.save': async (request) => ({ draft: await drafts.save(request) }),
    'drafts.finish': ({ id }) =>
      drafts.finish(id, async (draft) => {
        const template = await templates.get(draft.template);
        if (!template)
          throw new ServiceError(
            'not_ready',
            `This story's template "${draft.template}" is not installed any more; choose another template before finishing.`,
          );
        return finishChecklist(articleFromDraft(draft), template);
      }),
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
    'templates.list': () => templates.list(),
    'settings.get': async () => ({ settings: settings.get() }),
    'settings.update': async (changes) => ({ settings: settings.update(changes) }),
  };
}
