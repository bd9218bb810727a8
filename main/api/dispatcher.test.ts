import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { operationNames } from '../../shared/contract';
import { createServices } from '../services';
import { createDispatcher, type Handlers } from './dispatcher';
import { ServiceError } from '../services/errors';
import { createHandlers } from './handlers';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function realHandlers(): Promise<Handlers> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-contract-'));
  dirs.push(dir);
  const services = await createServices({ dataDir: dir });
  return createHandlers(services);
}

function withHandler<K extends keyof Handlers>(base: Handlers, name: K, handler: unknown): Handlers {
  return { ...base, [name]: handler } as Handlers;
}

describe('API contract', () => {
  it('has a handler for every operation and an operation for every handler', async () => {
    const handlers = await realHandlers();
    expect(Object.keys(handlers).sort()).toEqual([...operationNames].sort());
  });

  it('turns a response that does not match its schema into an error', async () => {
    const onUnexpectedError = vi.fn();
    const handlers = withHandler(await realHandlers(), 'drafts.list', async () => ({ drafts: [{ id: 7 }] }));
    const result = await createDispatcher(handlers, { onUnexpectedError }).dispatch('drafts.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_response' } });
    expect(onUnexpectedError).toHaveBeenCalledOnce();
  });

  it('names the bad field of a request and never calls the handler', async () => {
    const spy = vi.fn();
    const handlers = withHandler(await realHandlers(), 'drafts.get', spy);
    const result = await createDispatcher(handlers).dispatch('drafts.get', { id: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request', field: 'id' } });
    expect(spy).not.toHaveBeenCalled();
  });

  it('rejects unknown fields and unknown operations', async () => {
    const dispatcher = createDispatcher(await realHandlers());
    expect(await dispatcher.dispatch('drafts.list', { sneaky: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(await dispatcher.dispatch('toString', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' },
    });
    expect(await dispatcher.dispatch('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' },
    });
  });

  it('passes service errors through with their code and hides unexpected ones', async () => {
    const base = await realHandlers();
    const notFound = withHandler(base, 'drafts.list', async () => {
      throw new ServiceError('not_found', 'gone');
    });
    expect(await createDispatcher(notFound).dispatch('drafts.list', {})).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'gone' },
    });
    const log = vi.fn();
    const crash = withHandler(base, 'drafts.list', async () => {
      throw new Error('secret path /home/x');
    });
    const result = await createDispatcher(crash, { onUnexpectedError: log }).dispatch('drafts.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Unexpected error' } });
    expect(log).toHaveBeenCalledOnce();
  });
});
