import { createHash } from 'node:crypto';
import type { TargetCheck, TargetOf } from '../../../shared/contract/sync';
import { articleToNinjs, type Ninjs } from '../../../shared/export/ninjs';
import type { ExportRendition } from '../../../shared/export/options';
import type { StoreFs } from '../storage';
import type { SendContext, SendResult, SyncAdapter } from './adapter';
import { SyncError, syncError } from './failure';
import { assertSafeForCredentials, requestJson, type HttpRequest } from './http';

type NinjsTarget = TargetOf<'ninjsHttp'>;

/** What the receiver answers for an item (docs/ninjs-http.openapi.yaml). */
interface ItemAnswer {
  id: string;
  etag: string;
  url?: string;
}

const isItem = (value: unknown): value is ItemAnswer =>
  typeof (value as ItemAnswer | undefined)?.id === 'string' && typeof (value as ItemAnswer).etag === 'string';

/** Key order does not change a document: the same ninjs compares equal however it was serialised. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * ninjs over HTTP (docs/ninjs-http.openapi.yaml): pictures first, content-addressed
 * (`PUT /pictures/<sha256>.jpg`, idempotent by nature), then the story: `POST /items` with an
 * `Idempotency-Key` the first time, `PUT /items/{id}` with `If-Match: <ETag we last sent>` after.
 *
 * Exactly once: a retried create carries the same key (the receiver answers the first result
 * again); a create from a later job finds the item by its ninjs `uri` (409 with its id and ETag)
 * and adopts it. Never overwritten silently: a 412 on update means someone changed the item —
 * unless the receiver already holds exactly what we send (our own update whose answer was lost).
 */
export function ninjsHttpAdapter(deps: { fs: StoreFs; timeoutMs?: number }): SyncAdapter<NinjsTarget> {
  const base = (target: NinjsTarget) => (target.url.endsWith('/') ? target.url : `${target.url}/`);

  function http(context: { target: NinjsTarget; secret: string | null; signal: AbortSignal }) {
    const headers: Record<string, string> = {};
    if (context.target.token) {
      assertSafeForCredentials(context.target.url);
      if (!context.secret) throw syncError('secret_missing', 'permanent');
      headers.authorization = `Bearer ${context.secret}`;
    }
    return (request: Omit<HttpRequest, 'signal' | 'url'> & { path: string }) =>
      requestJson({
        ...request,
        url: new URL(request.path, base(context.target)).href,
        headers: { ...headers, ...request.headers },
        signal: context.signal,
        timeoutMs: deps.timeoutMs,
      });
  }

  async function uploadPictures(context: SendContext<NinjsTarget>, call: ReturnType<typeof http>) {
    const renditions: Record<string, ExportRendition[]> = {};
    const { photos } = context.story;
    for (const [index, photo] of photos.entries()) {
      context.progress({ step: 'photo', done: index, total: photos.length });
      renditions[photo.id] = [];
      for (const rendition of photo.renditions) {
        const data = await deps.fs.readFile(rendition.path).catch(() => {
          throw syncError('photo_missing', 'permanent');
        });
        const sha = createHash('sha256').update(data).digest('hex');
        const key = `picture:${sha}`;
        const known = context.journal.get(key);
        let href: string;
        if (known?.state === 'done') {
          href = String(known.value);
        } else {
          const extension = rendition.format === 'webp' ? 'webp' : 'jpg';
          const answer = await call({
            method: 'PUT',
            path: `pictures/${sha}.${extension}`,
            headers: { 'content-type': `image/${rendition.format}`, 'idempotency-key': `${context.job.id}:${key}` },
            body: data,
          });
          const answered = (answer.json as { href?: unknown }).href;
          if (typeof answered !== 'string') throw syncError('bad_answer', 'permanent');
          href = answered;
          await context.journal.done(key, href);
        }
        renditions[photo.id].push({
          name: String(rendition.width),
          href,
          width: rendition.width,
          height: rendition.height,
          contenttype: `image/${rendition.format}`,
          sizeinbytes: data.length,
        });
      }
    }
    return renditions;
  }

  async function send(context: SendContext<NinjsTarget>): Promise<SendResult> {
    const call = http(context);
    const renditions = await uploadPictures(context, call);
    context.progress({ step: 'story', done: 0, total: 1 });
    const ninjs = articleToNinjs(context.story.article, { houseStyle: context.story.houseStyle, renditions });
    const body = JSON.stringify(ninjs);
    const known = context.journal.get('item');
    let item: ItemAnswer;
    if (known?.state === 'done' && isItem(known.value)) {
      item = await update(context, call, known.value, ninjs);
    } else {
      // Written before the request: after a crash, `begun` says a create may have happened.
      await context.journal.begin('item');
      const answer = await call({
        method: 'POST',
        path: 'items',
        headers: { 'content-type': 'application/json', 'idempotency-key': `${context.job.id}:create` },
        body,
        accept: [409],
      });
      if (!isItem(answer.json)) throw syncError('bad_answer', 'permanent');
      item = answer.json;
      await context.journal.done('item', { id: item.id, etag: item.etag, ...(item.url ? { url: item.url } : {}) });
      // 409: the item was created earlier (a lost answer, another job): bring it up to this version.
      if (answer.status === 409) item = await update(context, call, item, ninjs);
    }
    return { remote: { id: item.id, ...(item.url ? { url: item.url } : {}) }, baseline: { etag: item.etag } };
  }

  async function update(
    context: SendContext<NinjsTarget>,
    call: ReturnType<typeof http>,
    known: ItemAnswer,
    ninjs: Ninjs,
  ): Promise<ItemAnswer> {
    let etag = known.etag;
    if (context.overwrite) etag = (await fetchItem(call, known.id)).etag;
    const answer = await call({
      method: 'PUT',
      path: `items/${encodeURIComponent(known.id)}`,
      headers: {
        'content-type': 'application/json',
        'if-match': `"${etag}"`,
        'idempotency-key': `${context.job.id}:update${context.overwrite ? ':overwrite' : ''}`,
      },
      body: JSON.stringify(ninjs),
      accept: [412],
    }).catch(async (error: unknown) => {
      // Deleted at the receiver: the next try (after the reporter's Retry) creates it anew.
      if (error instanceof SyncError && error.failure.code === 'remote_missing') await context.journal.forget('item');
      throw error;
    });
    if (answer.status === 412) {
      const current = await fetchItem(call, known.id);
      // Our own update whose answer was lost holds exactly what we send: not a conflict.
      if (canonical(current.copy) !== canonical(ninjs))
        throw syncError('changed_remotely', 'conflict', { status: 412 });
      etag = current.etag;
    } else {
      if (!isItem(answer.json)) throw syncError('bad_answer', 'permanent');
      etag = answer.json.etag;
    }
    const item = { id: known.id, etag, ...(known.url ? { url: known.url } : {}) };
    await context.journal.done('item', item);
    return item;
  }

  async function fetchItem(call: ReturnType<typeof http>, id: string) {
    const answer = await call({ method: 'GET', path: `items/${encodeURIComponent(id)}` });
    const etag = answer.headers.get('etag')?.replace(/^W\//, '').replace(/"/g, '');
    if (!etag || answer.json === undefined) throw syncError('bad_answer', 'permanent');
    return { etag, copy: answer.json };
  }

  async function fetchRemote(context: SendContext<NinjsTarget>) {
    const known = context.journal.get('item');
    const item = known?.state === 'done' ? known.value : null;
    if (!isItem(item)) throw syncError('remote_missing', 'permanent');
    const { etag, copy } = await fetchItem(http(context), item.id);
    await context.journal.done('item', { id: item.id, etag, ...(item.url ? { url: item.url } : {}) });
    return { copy: copy as never, baseline: { etag } };
  }

  async function test(context: {
    target: NinjsTarget;
    secret: string | null;
    signal: AbortSignal;
  }): Promise<TargetCheck[]> {
    const checks: TargetCheck[] = [];
    try {
      await http(context)({ method: 'GET', path: 'health' });
      checks.push({ code: 'reachable', ok: true });
      if (context.target.token) checks.push({ code: 'credentials', ok: true });
    } catch (error) {
      if (!(error instanceof SyncError)) throw error;
      const credentials = ['auth_rejected', 'secret_missing', 'insecure_url'].includes(error.failure.code);
      checks.push({ code: 'reachable', ok: credentials, ...(credentials ? {} : { failure: error.failure }) });
      if (credentials) checks.push({ code: 'credentials', ok: false, failure: error.failure });
    }
    return checks;
  }

  return { kind: 'ninjsHttp', needsSecret: (target) => target.token, send, test, fetchRemote };
}
