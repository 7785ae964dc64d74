import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The app's own folder: the nearest folder above this module with Pird's package.json. From the
 * sources that is the repository; from a bundle (dist/cli/pird.mjs) or an installed package
 * (…/node_modules/pird/dist/cli) it is the package, however deep the bundle sits.
 */
function appRootAbove(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'pird') return folder;
    if (dirname(folder) === folder) return fileURLToPath(new URL('..', import.meta.url));
  }
}

/** Folders of the app itself, from the source tree, a bundle or an installed package. */
export const APP_ROOT = appRootAbove(dirname(fileURLToPath(import.meta.url)));
export const DEMO_DIR = join(APP_ROOT, 'corpus', 'demo');
export const RENDERER_DIR = join(APP_ROOT, 'dist', 'renderer');
export const LEXICON_FILE = join(APP_ROOT, 'corpus', 'lexicon', 'ckb-en.tsv');
/** The glossary of political terms a new project is offered (built from its TSV by `npm run build:glossary`). */
export const STARTER_GLOSSARY_FILE = join(APP_ROOT, 'corpus', 'glossary', 'political.ckb-en.tbx');

/** The app's version, from the package.json in `root` (read when asked: the bundled main process has its own root). */
export function appVersion(root: string = APP_ROOT): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}
