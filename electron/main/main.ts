import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  mainWindow.webContents.on('will-navigate', (event, url) => {
    if (url !== rendererUrl) event.preventDefault();
  });
  void mainWindow.loadFile(rendererIndex);
}

app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
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
