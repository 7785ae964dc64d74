// The only bridge between the sandboxed renderer and the main process: one generic `invoke`
// whose channel names come from the contract.
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, isApiMethod } from '../../shared/api';

contextBridge.exposeInMainWorld('pirdBridge', {
  invoke: (method: string, input: unknown) => {
    if (!isApiMethod(method)) return Promise.resolve({ ok: false, error: { code: 'not-found', message: `no method ${method}` } });
    return ipcRenderer.invoke(channelOf(method), input);
  },
});
