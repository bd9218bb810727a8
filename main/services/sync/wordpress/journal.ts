import type { Journal, JournalChange } from '../SendRecords';
import { SentPhotoSchema } from './media';
import { PostBaselineSchema } from './posts';
import { emptyWordPressState, type WordPressJournal, type WordPressState } from './state';

/*
 * The WordPress send's state over the sync core's journal (SendRecords), one key per remote item:
 *   post           begun = a create was sent; done = the post's baseline (id, link, modified_gmt, content.raw)
 *   photo:<id>     begun = an upload was sent; done = the media item and the words it carries
 * Each change is durable before `write` resolves, so before the next request.
 */

const photoKey = (photoId: string) => `photo:${photoId}`;

export function wordPressJournal(journal: Journal, photoIds: readonly string[]): WordPressJournal {
  const read = (): WordPressState => {
    const state = emptyWordPressState();
    const post = journal.get('post');
    if (post?.state === 'done') state.post = PostBaselineSchema.safeParse(post.value).data ?? null;
    if (post?.state === 'begun') state.creatingPostAt = post.at;
    for (const id of photoIds) {
      const entry = journal.get(photoKey(id));
      if (entry?.state === 'begun') state.uploadingAt[id] = entry.at;
      const sent = entry?.state === 'done' ? SentPhotoSchema.safeParse(entry.value).data : undefined;
      if (sent) state.photos[id] = sent;
    }
    return state;
  };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

  return {
    read,
    /** Every key that changed, in one durable write. */
    async write(next) {
      const now = read();
      const changes: JournalChange[] = [];
      if (next.post && !same(next.post, now.post)) changes.push({ key: 'post', state: 'done', value: next.post });
      else if (!next.post && next.creatingPostAt && !now.creatingPostAt) changes.push({ key: 'post', state: 'begun' });
      else if (!next.post && !next.creatingPostAt && (now.post || now.creatingPostAt))
        changes.push({ key: 'post', state: 'forgotten' });
      for (const id of new Set([...photoIds, ...Object.keys(next.photos), ...Object.keys(next.uploadingAt)])) {
        const key = photoKey(id);
        const sent = next.photos[id];
        const had = now.photos[id];
        if (sent && !same(sent, had)) changes.push({ key, state: 'done', value: sent });
        else if (!sent && next.uploadingAt[id] && !now.uploadingAt[id]) changes.push({ key, state: 'begun' });
        else if (!sent && !next.uploadingAt[id] && (had || now.uploadingAt[id]))
          changes.push({ key, state: 'forgotten' });
      }
      await journal.apply(changes);
    },
  };
}
