import { z } from 'zod';
import { LexicalStateSchema } from '../../../shared/article/draft';
import type { ArticleBlocks } from '../article/articleBlocks';
import type { DraftSnapshot } from './registry';

/**
 * The unsaved journal: what the reporter typed that main has not acknowledged yet, kept in the
 * page's localStorage until a save of it succeeds. Whatever ends the connection — the web host
 * killed or restarted, sleep, a reload — the text is still here when the draft opens again, and
 * is offered back as a version to compare and restore, never merged by itself.
 *
 * localStorage is per origin, which for the web host means per port: that is why the host keeps
 * its port per data folder (main/web/stablePort.ts). Keyed by draft id; draft ids are random, so
 * two data folders served on one port in turn do not mix their drafts.
 */
const LIVE = (id: string) => `newsdesk.unsaved.${id}`;
const OFFERED = (id: string) => `newsdesk.offered.${id}`;

const JournalEntrySchema = z.object({
  at: z.string(),
  snapshot: z.object({
    headline: z.string(),
    body: LexicalStateSchema.nullable(),
    bodyText: z.string(),
    blocks: z.custom<ArticleBlocks>((value) => typeof value === 'object' && value !== null),
  }),
});
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

function read(storage: Storage, key: string): JournalEntry | null {
  try {
    const parsed = JournalEntrySchema.safeParse(JSON.parse(storage.getItem(key) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function write(storage: Storage, key: string, entry: JournalEntry): void {
  try {
    storage.setItem(key, JSON.stringify(entry));
  } catch {
    // A full or disabled storage: the saver still holds the text while the page lives.
  }
}

/** Keeps the text on screen until main acknowledges it. */
export function journal(id: string, snapshot: DraftSnapshot, storage: Storage = localStorage): void {
  write(storage, LIVE(id), { at: new Date().toISOString(), snapshot });
}

/** Main stored everything: nothing of this draft is unsaved any more. */
export function clearJournal(id: string, storage: Storage = localStorage): void {
  storage.removeItem(LIVE(id));
}

const sameText = (a: DraftSnapshot, b: DraftSnapshot) =>
  a.headline === b.headline && a.bodyText === b.bodyText && JSON.stringify(a.blocks) === JSON.stringify(b.blocks);

/**
 * The draft opens showing `shown`: text left unsaved by an earlier page that differs from it is
 * set aside as an offer (new typing journals afresh and must not overwrite it); text equal to
 * what is shown is simply done with.
 */
export function takeOffer(id: string, shown: DraftSnapshot, storage: Storage = localStorage): JournalEntry | null {
  const live = read(storage, LIVE(id));
  storage.removeItem(LIVE(id));
  if (live && !sameText(live.snapshot, shown)) write(storage, OFFERED(id), live);
  const offered = read(storage, OFFERED(id));
  if (offered && sameText(offered.snapshot, shown)) {
    storage.removeItem(OFFERED(id));
    return null;
  }
  return offered;
}

export function dropOffer(id: string, storage: Storage = localStorage): void {
  storage.removeItem(OFFERED(id));
}
