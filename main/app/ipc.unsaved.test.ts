import { EventEmitter } from 'node:events';
import type { App, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { channelOf } from '../../shared/contract';
import { createDispatcher, type Handlers } from '../api/dispatcher';
import { appHandlers } from '../api/handlers/app';
import type { HandlerServices } from '../api/handlers/services';
import type { Newsdesk } from '../compose';
import { UnsavedWindows } from './quit/unsavedWindows';
import { rendererLocation } from './rendererLocation';

/*
 * app.unsavedText through the real IPC wiring: ipcMain and BrowserWindow are recorders (no
 * Electron binary here); the window factory, the sender check and the dispatcher are the app's.
 */
type Handler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;
const handlers = vi.hoisted(() => new Map<string, Handler>());
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) },
  BrowserWindow: class {
    static getAllWindows = () => [];
    webContents = Object.assign(new EventEmitter(), { id: 41, mainFrame: { processId: 5, routingId: 1 } });
    once() {}
    on() {}
    async loadURL() {}
  },
}));

const { ipc } = await import('./ipc');
const { createAppWindow } = await import('./window');

const renderer = rendererLocation({ root: '/opt/Newsdesk/out/renderer' });

async function wired() {
  const unsaved = new UnsavedWindows();
  const dispatcher = createDispatcher(appHandlers({} as HandlerServices) as unknown as Handlers);
  const services = async () => ({ dispatcher, bus: { subscribe: () => () => {} } }) as unknown as Newsdesk;
  await ipc({ services, renderer, unsavedWindows: unsaved }).init({ app: {} as App });
  const ours = await createAppWindow({ renderer, preload: '/opt/Newsdesk/out/preload/index.cjs' });
  const call = (sender: object, frame: object | null, payload: unknown) =>
    handlers.get(channelOf('app.unsavedText'))!(
      { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent,
      payload,
    );
  return { unsaved, contents: ours.webContents, call };
}

const mainFrame = (url: string) => ({ url, processId: 5, routingId: 1 });

describe('app.unsavedText over IPC', () => {
  it('counts the window that sent it, and stops when it says it stored everything', async () => {
    const { unsaved, contents, call } = await wired();
    expect(await call(contents, mainFrame('app://newsdesk/index.html'), { unsaved: true })).toEqual({
      ok: true,
      data: {},
    });
    expect(unsaved.ids).toEqual([41]);
    await call(contents, mainFrame('app://newsdesk/index.html'), { unsaved: false });
    expect(unsaved.count).toBe(0);
  });

  it('refuses a foreign page, a subframe and a malformed report, counting none of them', async () => {
    const { unsaved, contents, call } = await wired();
    const stranger = Object.assign(new EventEmitter(), { id: 9, mainFrame: { processId: 5, routingId: 1 } });
    await expect(call(stranger, mainFrame('app://newsdesk/index.html'), { unsaved: true })).rejects.toThrow(
      /not a Newsdesk window/,
    );
    await expect(call(contents, mainFrame('https://evil.example/'), { unsaved: true })).rejects.toThrow(
      /not the Newsdesk renderer/,
    );
    await expect(
      call(contents, { url: 'app://newsdesk/index.html', processId: 5, routingId: 2 }, { unsaved: true }),
    ).rejects.toThrow(/not the main frame/);
    const malformed = await call(contents, mainFrame('app://newsdesk/index.html'), { unsaved: 'yes' });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(unsaved.count).toBe(0);
  });
});
