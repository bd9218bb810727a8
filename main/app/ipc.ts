import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelOf, operationNames } from '../../shared/contract';
import type { Newsdesk } from '../compose';
import type { AppModule } from './AppModule';
import { senderRejection, type SenderFacts } from './ipcSender';
import { isRendererUrl, type RendererLocation } from './rendererLocation';
import { isAppWindow } from './window';
import type { UnsavedWindows } from './quit/unsavedWindows';

export interface IpcOptions {
  /** Called once, inside startup, so a failure (unwritable data folder) stops the app cleanly. */
  services: () => Promise<Newsdesk>;
  renderer: RendererLocation;
  /** Where each window's app.unsavedText lands: only here is the sending window known. */
  unsavedWindows?: UnsavedWindows;
}

function senderOf(event: IpcMainInvokeEvent): SenderFacts | null {
  const frame = event.senderFrame;
  if (frame === null) return null;
  const main = event.sender.mainFrame;
  return {
    url: frame.url,
    // Compared by id: a fenced frame also has no parent, but it is not the main frame.
    isMainFrame: frame.processId === main.processId && frame.routingId === main.routingId,
    isAppWindow: isAppWindow(event.sender),
  };
}

/**
 * One handler per contract operation, each behind the sender check; the dispatcher validates the
 * request with the contract's zod schema. Contract events go to every window showing our renderer.
 */
export function ipc({ services, renderer, unsavedWindows }: IpcOptions): AppModule {
  return {
    async init() {
      const { dispatcher, bus } = await services();
      for (const operation of operationNames) {
        ipcMain.handle(channelOf(operation), async (event, payload: unknown) => {
          const rejection = senderRejection(senderOf(event), renderer);
          if (rejection !== undefined) {
            console.warn(`[newsdesk] refused ${operation}: ${rejection}`);
            throw new Error(`Refused ${operation}: ${rejection}`);
          }
          const result = await dispatcher.dispatch(operation, payload);
          if (operation === 'app.unsavedText' && result.ok) unsavedWindows?.report(event.sender, payload);
          return result;
        });
      }
      bus.subscribe((event, payload) => {
        for (const window of BrowserWindow.getAllWindows()) {
          if (window.isDestroyed()) continue;
          const contents = window.webContents;
          if (isAppWindow(contents) && isRendererUrl(contents.getURL(), renderer)) {
            contents.send(channelOf(event), payload);
          }
        }
      });
    },
  };
}
