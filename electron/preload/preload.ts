// The only bridge between the sandboxed renderer and the main process: one generic `invoke`
// whose channel names come from the contract, and the application menu's two messages.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelOf, isApiMethod } from '../../shared/api';
import { COMMAND_CHANNEL, MENU_CHANNEL } from '../../shared/commands';

contextBridge.exposeInMainWorld('pirdBridge', {
  invoke: (method: string, input: unknown) => {
    if (!isApiMethod(method)) return Promise.resolve({ ok: false, error: { code: 'not-found', message: `no method ${method}` } });
    return ipcRenderer.invoke(channelOf(method), input);
  },
});

contextBridge.exposeInMainWorld('pirdShell', {
  setMenu: (model: unknown) => ipcRenderer.send(MENU_CHANNEL, model),
  onCommand: (listener: (id: string) => void) => {
    const forward = (_event: IpcRendererEvent, id: unknown) => {
      if (typeof id === 'string') listener(id);
    };
    ipcRenderer.on(COMMAND_CHANNEL, forward);
    return () => ipcRenderer.removeListener(COMMAND_CHANNEL, forward);
  },
});
