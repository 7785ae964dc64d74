// `npm start`: the workbench with the demo project. Electron where its binary is installed,
// otherwise the browser host, whose URL is printed.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';
import { ensureInstalled, ensureNativeFor } from './ensure-installed.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
ensureInstalled(root);
const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const binary = electronBinary(root);
ensureNativeFor(root, binary ? 'electron' : 'node');
const child = binary
  ? spawn(binary, ['.'], { cwd: root, stdio: 'inherit' })
  : (console.log('Electron is not installed on this machine: starting the browser host instead.'),
    spawn(process.execPath, ['bin/pird-web.mjs', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
