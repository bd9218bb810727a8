import { z } from 'zod';
import { operation } from './operation';
import { DraftDamageSchema } from './problems';

export const StoreReportSchema = z.object({
  /** The previous session ended without shutting down (crash, kill, power loss). */
  crashed: z.boolean(),
  recovered: z.array(z.string()),
  unreadable: z.array(z.object({ id: z.string(), problem: DraftDamageSchema })),
});

export const appOperations = {
  /** What the store found when it opened: shown once so no failure is silent. */
  'app.status': operation(z.object({}).strict(), z.object({ store: StoreReportSchema })),
  /**
   * Where the renderer finds photo renditions: "./media/" in the web host, "newsdesk-media://media/"
   * in Electron. A rendition's URL is `${mediaBase}${draftId}/photos/${rendition.file}`.
   */
  'app.info': operation(z.object({}).strict(), z.object({ mediaBase: z.string().min(1) })),
};
