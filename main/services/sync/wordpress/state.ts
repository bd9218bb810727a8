import { z } from 'zod';
import { SentPhotoSchema } from './media';
import { PostBaselineSchema } from './posts';

/**
 * What this draft has at one WordPress site: the post and its baseline, each photo's media item,
 * and the writes started whose answer never came. It is the send's journal — written BEFORE the
 * next request, so a lost answer, a crash or a kill -9 resumes from it and never uploads twice —
 * and, once sent, the record the next send of the same draft starts from.
 */
export const WordPressStateSchema = z.object({
  post: PostBaselineSchema.nullable(),
  /** By the photo's id in the story. */
  photos: z.record(z.string(), SentPhotoSchema),
  /** A post create was sent at this time and its answer never came: find it before creating. */
  creatingPostAt: z.iso.datetime().nullable(),
  /** The same for photo uploads, by photo id. */
  uploadingAt: z.record(z.string(), z.iso.datetime()),
});
export type WordPressState = z.infer<typeof WordPressStateSchema>;

export const emptyWordPressState = (): WordPressState => ({
  post: null,
  photos: {},
  creatingPostAt: null,
  uploadingAt: {},
});

/** The journal as the sync core keeps it; `write` resolves once the state is safely on disk. */
export interface WordPressJournal {
  read(): WordPressState;
  write(state: WordPressState): Promise<void>;
}

/** A journal in memory (tests, "Test connection"); the outbox keeps the real one on disk. */
export function memoryJournal(initial: WordPressState = emptyWordPressState()): WordPressJournal & {
  writes: number;
} {
  let state = structuredClone(initial);
  const journal = {
    writes: 0,
    read: () => structuredClone(state),
    write: async (next: WordPressState) => {
      state = structuredClone(WordPressStateSchema.parse(next));
      journal.writes++;
      await Promise.resolve();
    },
  };
  return journal;
}
