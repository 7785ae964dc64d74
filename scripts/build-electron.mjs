// Bundles the Electron main process (ESM) and the sandboxed preload (CommonJS, as sandboxed preloads must be).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', external: ['electron'], logLevel: 'warning' };
await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.js', format: 'esm', packages: 'external' });
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs' });
// The worker that reads imported files: beside main.js, where extract-in-worker.ts looks for it.
await build({ ...common, entryPoints: ['electron/text-files/extract-worker.ts'], outfile: 'dist/electron/extract-worker.mjs', format: 'esm', packages: 'external' });
// The translation memory's analysis workers: beside main.js too, where analysis-pool.ts looks for them.
await build({ ...common, entryPoints: ['electron/tm/analysis-worker.ts'], outfile: 'dist/electron/analysis-worker.mjs', format: 'esm', packages: 'external' });
await build({ ...common, entryPoints: ['electron/tm/form-worker.ts'], outfile: 'dist/electron/form-worker.mjs', format: 'esm', packages: 'external' });
console.log('built dist/electron/main.js, dist/electron/preload.cjs and the workers extract-worker.mjs, analysis-worker.mjs, form-worker.mjs');
