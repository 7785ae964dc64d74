import { app, BrowserWindow, ipcMain, Menu, net, protocol, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY, isAppLink } from './security';
import { menuTemplate } from './menu-template';
import { MIN_SIZE, readWindowState, windowBoundsFor, writeWindowState } from './window-state';
import { API_METHODS, callMethod, channelOf } from '../../shared/api';
import { COMMAND_CHANNEL, MENU_CHANNEL } from '../../shared/commands';
import { createPirdService } from '../service/pird-service';
import { warmUp } from '../service/warm-up';
import { defaultDataDir } from '../store/data-dir';

// Built to dist/electron/main.js; the renderer and the demo sit beside it in the app.
const appRoot = join(import.meta.dirname, '..', '..');
const rendererIndex = join(appRoot, 'dist', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
const dataDir = process.env['PIRD_DATA_DIR'] ?? (app.isPackaged ? app.getPath('userData') : defaultDataDir());
const windowStateFile = join(dataDir, 'window-state.json');

// One Pird per data directory and user: a second start brings the open window to the front.
if (!app.requestSingleInstanceLock()) {
  app.quit();
  process.exit(0);
}
app.on('second-instance', () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

const service = createPirdService({
  dataDir, demoDir: join(appRoot, 'corpus', 'demo'), lexiconFile: join(appRoot, 'corpus', 'lexicon', 'ckb-en.tsv'), appVersion: app.getVersion(),
});

let mainWindow: BrowserWindow | null = null;
/** The window's place being written as it closes; quitting waits for it. */
let windowStateSaved: Promise<void> = Promise.resolve();

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

// The page describes the menu (labels in its language, the user's shortcuts); a click sends the command back.
ipcMain.on(MENU_CHANNEL, (event, description: unknown) => {
  if (!mainWindow || !fromOwnWindow(event.senderFrame?.url, event.sender.id)) return;
  const window = mainWindow;
  const template = menuTemplate(description, (id) => window.webContents.send(COMMAND_CHANNEL, id));
  if (template) Menu.setApplicationMenu(Menu.buildFromTemplate(template));
});

async function createWindow(): Promise<void> {
  const screens = screen.getAllDisplays().map((display) => display.workArea);
  const bounds = windowBoundsFor(await readWindowState(windowStateFile), screens);
  mainWindow = new BrowserWindow({
    ...(bounds.x === undefined || bounds.y === undefined ? { center: true } : { x: bounds.x, y: bounds.y }),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
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
  if (bounds.maximized) mainWindow.maximize();
  const window = mainWindow;
  // The place is kept as the window closes (its normal bounds, also when maximized).
  window.on('close', () => {
    windowStateSaved = writeWindowState(windowStateFile, window.getNormalBounds(), window.isMaximized()).catch(() => undefined);
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
  void createWindow();
  void warmUp(service);
});

let flushed = false;
app.on('before-quit', (event) => {
  if (flushed) return;
  event.preventDefault();
  Promise.all([service.flush(), windowStateSaved]).finally(() => {
    flushed = true;
    app.quit();
  });
});

app.on('window-all-closed', () => app.quit());
