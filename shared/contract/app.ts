import { z } from 'zod';
import { CommandIdSchema, CommandStateSchema } from '../commands/commands';
import { operation } from './operation';
import { DraftDamageSchema, StoreNoteSchema } from './problems';

export const StoreReportSchema = z.object({
  /** The previous session ended without shutting down (crash, kill, power loss). */
  crashed: z.boolean(),
  recovered: z.array(z.string()),
  /**
   * Drafts that need the reporter's attention: no good version (damaged), or saved by a newer
   * Newsdesk (code `newer`: kept read-only and untouched). `readableRevision` is the newest kept
   * revision this version can read, for a read-only look; null when there is none.
   */
  unreadable: z.array(
    z.object({
      id: z.string(),
      problem: DraftDamageSchema,
      readableRevision: z.number().int().nonnegative().nullable().default(null),
    }),
  ),
  /** What the store put right by itself (store file rebuilt, stale lock, leftovers swept). */
  notes: z.array(StoreNoteSchema).default([]),
});

export const appOperations = {
  /** What the store found when it opened: shown once so no failure is silent. */
  'app.status': operation(z.object({}).strict(), z.object({ store: StoreReportSchema })),
  /**
   * Where the renderer finds photo renditions: "./media/" in the web host, "newsdesk-media://media/"
   * in Electron. A rendition's URL is `${mediaBase}${draftId}/photos/${rendition.file}`.
   */
  'app.info': operation(z.object({}).strict(), z.object({ mediaBase: z.string().min(1) })),
  /**
   * What the window shows (UI language, a draft open, finished or not), so the native menu speaks
   * the same language and enables what applies. `nativeMenu` tells the page whether a native menu
   * carries the shortcuts (Electron) or the page must (the web host): a key never fires twice.
   */
  'app.commandState': operation(CommandStateSchema.strict(), z.object({ nativeMenu: z.boolean() })),
  /**
   * Whether this window holds typed text no save has stored yet (an autosave waiting or running,
   * or one that failed and retries). Sent on every change. The desktop keeps it per window, from
   * the IPC sender: an update waits, and quitting asks the window to save first. The web host has
   * no installer to hold back and only answers.
   */
  'app.unsavedText': operation(z.object({ unsaved: z.boolean() }).strict(), z.object({})),
  /** What a support person asks for: the version and where the data and the logs are. */
  'app.about': operation(
    z.object({}).strict(),
    z.object({ version: z.string(), dataFolder: z.string(), logsFolder: z.string() }),
  ),
};

export const appEvents = {
  /** A menu item was chosen: the window carries the command out as if its shortcut was pressed. */
  'app.command': z.object({ command: CommandIdSchema }),
};
