import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TargetCheck, TargetOf } from '../../../shared/contract/sync';
import { articleToHtml } from '../../../shared/export/html';
import { articleToNinjs } from '../../../shared/export/ninjs';
import type { ExportRendition } from '../../../shared/export/options';
import { escapeHtml } from '../../../shared/export/safe';
import { slugify } from '../../../shared/format/slug';
import { storageError } from '../errors';
import { exists, isTempName, syncDirectory, tempNameFor, writeNewFile, type StoreFs } from '../storage';
import type { SendContext, SyncAdapter, Story } from './adapter';
import { syncError, SyncError } from './failure';

type HotFolderTarget = TargetOf<'hotFolder'>;

/**
 * The hot folder: each story as a folder a newsroom system ingests.
 *
 *   <folder>/<slug>-<draft id's first 8>/
 *     photos/photo-1-2048.jpg …   the renditions, largest first
 *     story.json                  ninjs 2.2 (docs/ninjs-profile.md)
 *     story.html                  the story as a web page
 *     manifest.json               written last: every file with its size and SHA-256
 *
 * A reader never sees half a story: the folder is built under a hidden temp name
 * (`.<name>.<hex>.tmp`), fsync'd, then renamed into place whole. A re-send builds a new complete
 * folder and swaps it in (old aside → new in → old removed); between the two renames there is
 * briefly no folder, never a mix. The folder's name is kept in the journal, so a re-send after
 * the headline changed replaces the same story instead of adding a second one.
 */
export function hotFolderAdapter(deps: {
  dataDir: string;
  fs: StoreFs;
  fsync?: boolean;
}): SyncAdapter<HotFolderTarget> {
  const fsync = deps.fsync ?? true;
  const folderOf = (target: HotFolderTarget) => target.folder ?? path.join(deps.dataDir, 'outbox-folder');

  async function send(context: SendContext<HotFolderTarget>) {
    const { story, journal, target } = context;
    const folder = folderOf(target);
    const known = journal.get('story');
    const name =
      known?.state === 'done'
        ? String((known.value as { name: string }).name)
        : `${slugify(story.draft.headline, 60) || 'story'}-${story.draft.id.slice(0, 8)}`;
    const final = path.join(folder, name);
    try {
      await deps.fs.mkdir(folder, { recursive: true });
      await removeLeftovers(folder, name);
      if (known?.state !== 'done') await journal.done('story', { name });
      const temp = tempNameFor(final);
      await deps.fs.mkdir(path.join(temp, 'photos'), { recursive: true });
      await writeStory(temp, context);
      if (fsync) await syncDirectory(deps.fs, temp);
      if (await exists(deps.fs, final)) {
        const aside = tempNameFor(final);
        await deps.fs.rename(final, aside);
        await deps.fs.rename(temp, final);
        await deps.fs.rm(aside, { recursive: true, force: true });
      } else {
        await deps.fs.rename(temp, final);
      }
      if (fsync) await syncDirectory(deps.fs, folder);
    } catch (error) {
      if (error instanceof SyncError || context.signal.aborted) throw error;
      const { reason } = storageError('', error);
      throw syncError('folder_unwritable', 'permanent', reason ? { reason } : {});
    }
    return { remote: { id: name, url: pathToFileURL(final).href }, baseline: { revision: story.draft.revision } };
  }

  /** Temp folders of this story a crash left behind (ours by name alone). */
  async function removeLeftovers(folder: string, name: string) {
    for (const entry of await deps.fs.readdir(folder)) {
      if (isTempName(entry) && entry.startsWith(`.${name}.`)) {
        await deps.fs.rm(path.join(folder, entry), { recursive: true, force: true });
      }
    }
  }

  async function writeStory(temp: string, context: SendContext<HotFolderTarget>) {
    const { story, target } = context;
    const files: { path: string; bytes: number; sha256: string }[] = [];
    const write = async (relative: string, data: string | Uint8Array) => {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      await writeNewFile(path.join(temp, relative), bytes, { fs: deps.fs, fsync });
      files.push({ path: relative, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    };
    const renditions: Record<string, ExportRendition[]> = {};
    for (const [index, photo] of story.photos.entries()) {
      context.progress({ step: 'photo', done: index, total: story.photos.length });
      renditions[photo.id] = [];
      for (const rendition of photo.renditions) {
        const relative = `photos/${photo.name}-${rendition.width}.${rendition.format === 'webp' ? 'webp' : 'jpg'}`;
        const data = await deps.fs.readFile(rendition.path).catch(() => {
          throw syncError('photo_missing', 'permanent');
        });
        await write(relative, data);
        if (target.baseUrl) {
          renditions[photo.id].push({
            name: String(rendition.width),
            href: new URL(relative, target.baseUrl.endsWith('/') ? target.baseUrl : `${target.baseUrl}/`).href,
            width: rendition.width,
            height: rendition.height,
            contenttype: rendition.format === 'webp' ? 'image/webp' : 'image/jpeg',
            sizeinbytes: data.length,
          });
        }
      }
    }
    context.progress({ step: 'story', done: 0, total: 1 });
    if (fsync) await syncDirectory(deps.fs, path.join(temp, 'photos'));
    const options = { houseStyle: story.houseStyle, renditions };
    await write('story.json', `${JSON.stringify(articleToNinjs(story.article, options), null, 2)}\n`);
    await write('story.html', pageOf(story, articleToHtml(story.article, options)));
    const manifest = {
      newsdesk: 'hot-folder-story',
      version: 1,
      draftId: story.draft.id,
      revision: story.draft.revision,
      headline: story.draft.headline,
      sentAt: context.now().toISOString(),
      photos: story.photos.map((p) => ({ name: p.name, id: p.id, file: p.fileName })),
      files,
    };
    // Last: a reader that waits for manifest.json finds every file it lists.
    await writeNewFile(path.join(temp, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, {
      fs: deps.fs,
      fsync,
    });
  }

  async function test({ target }: { target: HotFolderTarget }): Promise<TargetCheck[]> {
    const folder = folderOf(target);
    const probe = tempNameFor(path.join(folder, 'newsdesk-test'));
    try {
      await deps.fs.mkdir(folder, { recursive: true });
      await writeNewFile(probe, 'newsdesk\n', { fs: deps.fs, fsync: false });
      await deps.fs.rm(probe, { force: true });
      return [{ code: 'folder_writable', ok: true }];
    } catch (error) {
      const { reason } = storageError('', error);
      return [
        {
          code: 'folder_writable',
          ok: false,
          failure: { code: 'folder_unwritable', detail: reason ? { reason } : {} },
        },
      ];
    }
  }

  return { kind: 'hotFolder', needsSecret: () => false, send, test };
}

/** story.html: the story as a page a person (or an ingest that wants HTML) can open. */
function pageOf(story: Story, body: string): string {
  const { article } = story;
  const subheadline = article.subheadline.trim()
    ? `<p class="subheadline">${escapeHtml(article.subheadline.trim())}</p>\n`
    : '';
  return (
    `<!DOCTYPE html>\n<html lang="${article.language}">\n<head><meta charset="utf-8"><title>${escapeHtml(article.headline)}</title></head>\n` +
    `<body>\n<article>\n<h1>${escapeHtml(article.headline)}</h1>\n${subheadline}${body}\n</article>\n</body>\n</html>\n`
  );
}
