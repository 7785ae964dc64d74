import { app, BrowserWindow, ipcMain, net, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY, isAppLink } from './security';
import { API_METHODS, callMethod, channelOf } from '../../shared/api';
import { createPirdService } from '../service/pird-service';
import { warmUp } from '../service/warm-up';
import { defaultDataDir } from '../store/data-dir';

// Built to dist/electron/main.js; the renderer and the demo sit beside it in the app.
const appRoot = join(import.meta.dirname, '..', '..');
const rendererIndex = join(appRoot, 'dist', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
const dataDir = process.env['PIRD_DATA_DIR'] ?? (app.isPackaged ? app.getPath('userData') : defaultDataDir());
const service = createPirdService({
  dataDir, demoDir: join(appRoot, 'corpus', 'demo'), lexiconFile: join(appRoot, 'corpus', 'lexicon', 'ckb-en.tsv'), appVersion: app.getVersion(),
});

let mainWindow: BrowserWindow | null = null;

function fromOwnWindow(frameUrl: string | undefined, senderId: number): boolean {
  return mainWindow !== null && senderId === mainWindow.webContents.id && frameUrl === rendererUrl;
}

for (const method of API_METHODS) {
  ipcMain.handle(channelOf(method), async (event, input: unknown) => {
    if (!fromOwnWindow(event.senderFrame?.url, event.sender.id)) {
      return { ok: false, error: { code: 'not-allowed', message: 'unknown sender' } };
    }
    return callMethod(service, method, input);
  });
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Pird',
    webPreferences: {
      preload: join(import.meta.dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  mainWindow.webContents.setWindowOpenHandler(({ url }) => {
    // Only links the app itself shows (see security.ts); whatever a document's text holds stays closed.
    if (isAppLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  mainWindow.webContents.on('will-navigate', (event, url) => {
    if (url !== rendererUrl) event.preventDefault();
  });
  void mainWindow.loadFile(rendererIndex);
}

app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // The CSP of index.html also as a header of every file the app loads (a meta tag can be edited with the file).
  protocol.handle('file', async (request) => {
    const response = await net.fetch(request, { bypassCustomProtocolHandlers: true });
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  });
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith('file://') && !details.url.startsWith('devtools://') });
  });
  createWindow();
  void warmUp(service);
});

let flushed = false;
app.on('before-quit', (event) => {
  if (flushed) return;
  event.preventDefault();
  service.flush().finally(() => {
    flushed = true;
    app.quit();
  });
});

app.on('window-all-closed', () => app.quit());
