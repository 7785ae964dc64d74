// Bundles the pird command into dist/cli/: an entry that loads each command's code only when that
// command runs (split chunks), and the worker threads the commands start, beside it. Everything but
// the native SQLite binding and the spelling dictionaries (which read their files beside their own
// code) is inside, so an installed package runs without tsx or compiling TypeScript.
import { build } from 'esbuild';
import { readFile, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const OUT = 'dist/cli';
const common = {
  bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning',
  external: ['better-sqlite3', 'dictionary-en', 'dictionary-en-gb', 'electron'],
  // CommonJS packages inside an ES module bundle still call require for Node's own modules.
  banner: { js: "import { createRequire as pirdCreateRequire } from 'node:module'; const require = pirdCreateRequire(import.meta.url);" },
};
await rm(OUT, { recursive: true, force: true });
await build({ ...common, entryPoints: { pird: 'electron/cli/entry.ts' }, outdir: OUT, splitting: true, chunkNames: 'chunks/[name]-[hash]', outExtension: { '.js': '.mjs' } });
// Where extract-in-worker.ts, analysis-pool.ts, form-pool.ts and align-batch.ts look for their workers: beside the code that starts them.
await build({ ...common, entryPoints: { 'extract-worker': 'electron/text-files/extract-worker.ts', 'analysis-worker': 'electron/tm/analysis-worker.ts', 'form-worker': 'electron/tm/form-worker.ts', 'align-worker': 'electron/cli/align-worker.ts' }, outdir: `${OUT}/chunks`, outExtension: { '.js': '.mjs' } });
// A worker is started from whichever chunk holds the code that starts it: that chunk's folder must hold the worker.
for (const file of await readdir(OUT, { recursive: true })) {
  if (!file.endsWith('.mjs')) continue;
  const code = await readFile(join(OUT, file), 'utf8');
  for (const [, worker] of code.matchAll(/new URL\("\.\/([\w-]+-worker\.mjs)", import\.meta\.url\)/gu)) {
    if (!existsSync(join(OUT, dirname(file), worker))) throw new Error(`${file} starts ${worker}, which is not beside it`);
  }
}
console.log(`built ${OUT}/pird.mjs, its command chunks and workers`);
