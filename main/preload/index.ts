import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildBridge, bytesForIpc, channelOf, eventNames, operationNames } from '../../shared/contract';

/*
 * window.newsdesk: one method per contract operation, one subscriber per event, nothing else.
 * No ipcRenderer, no send(channel, …): the page can only ask what the contract lets it ask.
 */
const newsdesk = buildBridge(operationNames, eventNames, {
  invoke: async (operation, request) => ipcRenderer.invoke(channelOf(operation), await bytesForIpc(request)),
  subscribe: (event, listener) => {
    // The IPC event (it carries the sender) stays here; the page gets the payload only.
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channelOf(event), forward);
    return () => {
      ipcRenderer.removeListener(channelOf(event), forward);
    };
  },
});

contextBridge.exposeInMainWorld('newsdesk', newsdesk);
