import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf } from '../../shared/article/draft.testing';
import { createServices, type Services } from '../../main/services';
import { captionWithCredit } from '../../main/services/sync/wordpress/media';
import { wordPressAdapter } from '../../main/services/sync/wordpress/adapter';
import {
  missingWordPressPackages,
  requireWordPressPackagesInCI,
  startWordPress,
  type WordPress,
} from '../support/wordpress';
import { allSent, makePhoto } from '../sync/desk';
import { rest } from './wordpressSend';

/*
 * One caption per photo: what WordPress gets is what the photo desk shows. A correction made at
 * the desk after a send (the body's node still carries the old copy: no editor ran) reaches the
 * media item's caption, alt text and the post's figure when the story is sent again.
 */

const missing = missingWordPressPackages();
requireWordPressPackagesInCI(missing);

let wp: WordPress;
let services: Services;
let dir: string;

beforeAll(async () => {
  if (missing.length > 0) return;
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-wp-words-'));
  wp = await startWordPress({ dir: path.join(dir, 'wp') });
  services = await createServices({
    dataDir: path.join(dir, 'data'),
    sync: { adapters: { wordpress: wordPressAdapter({ settleMs: 0 }) } },
  });
  await services.sync.saveTarget({
    kind: 'wordpress',
    id: 'wp',
    name: 'Báo Cần Thơ',
    url: wp.url,
    username: wp.users.author.username,
    postStatus: 'pending',
  });
  await services.sync.setSecret('wp', wp.users.author.appPassword, false);
}, 180_000);

afterAll(async () => {
  await services?.close();
  await wp?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 30_000);

type Media = { caption: { raw: string }; alt_text: string };
type Post = { content: { raw: string } };

describe.skipIf(missing.length > 0)('photo words sent to WordPress', () => {
  it('are the photo desk’s: a caption corrected at the desk reaches the media item and the post', async () => {
    const draft = await services.drafts.create({ headline: 'Họp mặt Cần Thơ' });
    const draftDir = await services.drafts.folderOf(draft.id);
    const [imported] = await services.photos.importInto(draftDir, [await makePhoto(path.join(dir, 'src'), 7)]);
    if (!imported.ok) throw new Error(imported.error.message);
    const photoId = imported.record.id;
    const words = {
      caption: 'Bí thư Thành ủy phát biểu tại buổi họp mặt',
      credit: 'Thảo Nguyên',
      altText: 'Người phát biểu',
    };
    await services.photoDesk.update(draft.id, photoId, words);
    // The body as the editor writes it: a copy of the desk's words that follows the desk.
    const body = bodyOf('Đoạn mở đầu của bài viết.', { photoId, ...words, ownWords: false }, 'Đoạn thứ hai.');
    await services.drafts.save({
      id: draft.id,
      headline: 'Họp mặt Cần Thơ',
      body,
      bodyText: 'Đoạn mở đầu.',
      lead: 'Tin họp mặt',
    });
    await services.drafts.finish(draft.id, () => Promise.resolve([]));

    await services.sync.send(draft.id, 'wp');
    await allSent(services);
    const mediaId = () => {
      const sent = services.sync.list(draft.id)[0];
      expect(sent.state).toBe('sent');
      return sent.remote!.id;
    };
    const postId = mediaId();
    const firstPost = await rest<Post>(wp, `/wp/v2/posts/${postId}?context=edit`);
    expect(firstPost.body.content.raw).toContain(words.caption);

    // The desk corrects the caption and alt text; the draft's node still holds the old copy.
    const corrected = {
      caption: 'Bí thư Thành ủy Nguyễn Văn Hiếu phát biểu tại buổi họp mặt',
      altText: 'Ông Nguyễn Văn Hiếu phát biểu',
    };
    await services.photoDesk.update(draft.id, photoId, corrected);
    await services.sync.send(draft.id, 'wp');
    await allSent(services);
    expect(mediaId()).toBe(postId);

    const media = await rest<Media[]>(wp, `/wp/v2/media?author=${wp.users.author.id}&context=edit`);
    expect(media.body).toHaveLength(1);
    const shown = captionWithCredit(corrected.caption, words.credit);
    console.log(`DESK WORDS media caption="${media.body[0].caption.raw}" alt="${media.body[0].alt_text}"`);
    expect(media.body[0].caption.raw).toBe(shown);
    expect(media.body[0].alt_text).toBe(corrected.altText);
    const post = await rest<Post>(wp, `/wp/v2/posts/${postId}?context=edit`);
    expect(post.body.content.raw).toContain(corrected.caption);
    expect(post.body.content.raw).toContain(corrected.altText);
    expect(post.body.content.raw).not.toContain(`>${words.caption}<`);
  });
});
