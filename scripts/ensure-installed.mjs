// Runs `npm ci` when the dependencies of this clone are not installed yet, so that the README's
// commands work on a fresh clone. Plain Node only: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function ensureInstalled(root) {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing dependencies (npm ci)...');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('npm ci failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
}

/**
 * The browser tests drive Debian's Chromium with the Noto fonts. On a fresh Debian machine where
 * we are root, install them; elsewhere say what is missing.
 */
export function ensureChromium(executable = process.env.PIRD_CHROMIUM ?? '/usr/bin/chromium') {
  const hasFonts = () => spawnSync('fc-list', [':family=Noto Naskh Arabic'], { encoding: 'utf8' }).stdout?.trim().length > 0;
  if (existsSync(executable) && hasFonts()) return true;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (root && apt) {
    console.log('Installing Chromium and the Noto fonts for the browser tests (apt-get)...');
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      : update;
    if (install.status === 0 && existsSync(executable)) return true;
  }
  console.error(`Browser tests need Chromium at ${executable} and the Noto fonts: apt-get install -y chromium fonts-noto-core (or set PIRD_CHROMIUM).`);
  return false;
}

/**
 * better-sqlite3 (the translation memory's index) is a native module, built for one runtime at a
 * time: Node's ABI after `npm ci` (the CLI, the browser host, the tests), Electron's for the app.
 * This rebuilds it for the runtime about to start when it was last built for the other one.
 */
export function ensureNativeFor(root, runtime) {
  const marker = join(root, 'node_modules', '.pird-native-runtime');
  const current = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : 'node';
  if (current === runtime) return;
  console.log(`Rebuilding better-sqlite3 for ${runtime === 'electron' ? 'Electron' : 'Node'}...`);
  const result = runtime === 'electron'
    ? spawnSync('npx', ['electron-builder', 'install-app-deps'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`Rebuilding better-sqlite3 for ${runtime} failed; see the messages above.`);
    process.exit(result.status ?? 1);
  }
  writeFileSync(marker, `${runtime}\n`);
}
