// Bundles the Electron main process (ESM) and the sandboxed preload (CommonJS, as sandboxed preloads must be).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', external: ['electron'], logLevel: 'warning' };
await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.js', format: 'esm', packages: 'external' });
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs' });
console.log('built dist/electron/main.js and dist/electron/preload.cjs');
