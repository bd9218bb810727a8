import { articleFromDraft } from '../../../shared/article/article';
import type { draftsOperations } from '../../../shared/contract/drafts';
import { finishChecklist } from '../../../shared/templates';
import { ServiceError } from '../../services/errors';
import type { HandlersOf } from '../dispatcher';
import type { HandlerServices } from './services';

export function draftsHandlers({ drafts, templates }: HandlerServices): HandlersOf<typeof draftsOperations> {
  return {
    'drafts.list': async (query) => {
      const { items, total } = await drafts.list(query);
      return { drafts: items, total };
    },
    'drafts.facets': async () => drafts.facets(),
    'drafts.create': async (fields) => ({ draft: await drafts.create(fields) }),
    'drafts.get': ({ id }) => drafts.get(id),
    'drafts.save': async (request) => ({ draft: await drafts.save(request) }),
    // Finish checks the draft against its own template's rules, which live with the templates.
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
    'drafts.nameRevision': async ({ id, revision, name }) => ({
      revision: await drafts.nameRevision(id, revision, name),
    }),
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
