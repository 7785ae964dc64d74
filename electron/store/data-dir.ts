import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Pird';

/** Where Electron's `userData` lives for this app, computed without Electron for the CLI and the browser host. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env['PIRD_DATA_DIR']) return env['PIRD_DATA_DIR'];
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), APP_NAME);
}
