import type { syncOperations } from '../../../shared/contract/sync';
import type { HandlersOf } from '../dispatcher';
import type { HandlerServices } from './services';

export function syncHandlers({ sync }: HandlerServices): HandlersOf<typeof syncOperations> {
  return {
    'sync.targets': async () => ({ targets: sync.listTargets() }),
    'sync.saveTarget': async ({ target }) => ({ target: await sync.saveTarget(target) }),
    'sync.removeTarget': async ({ targetId }) => {
      await sync.removeTarget(targetId);
      return {};
    },
    'sync.setSecret': ({ targetId, secret, acceptPlainText }) => sync.setSecret(targetId, secret, acceptPlainText),
    'sync.testTarget': async ({ targetId }) => ({ checks: await sync.testTarget(targetId) }),
    'sync.send': async ({ draftId, targetId }) => ({ job: await sync.send(draftId, targetId) }),
    'sync.list': async ({ draftId }) => ({
      jobs: sync.list(draftId),
      sent: draftId === undefined ? [] : await sync.sent(draftId),
    }),
    'sync.retry': async ({ jobId }) => ({ job: await sync.retry(jobId) }),
    'sync.cancel': async ({ jobId }) => ({ job: await sync.cancel(jobId) }),
    'sync.resolveConflict': async ({ jobId, choice }) => ({ job: await sync.resolveConflict(jobId, choice) }),
  };
}
