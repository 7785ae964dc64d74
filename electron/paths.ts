import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders of the app itself, from the source tree (or the packaged app's resources). */
export const APP_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEMO_DIR = fileURLToPath(new URL('../corpus/demo', import.meta.url));
export const RENDERER_DIR = fileURLToPath(new URL('../dist/renderer', import.meta.url));
export const LEXICON_FILE = fileURLToPath(new URL('../corpus/lexicon/ckb-en.tsv', import.meta.url));

/** The app's version, from the package.json in `root` (read when asked: the bundled main process has its own root). */
export function appVersion(root: string = APP_ROOT): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}
