import { basename, extname, isAbsolute, join } from 'node:path';
import { CliError } from './cli-error';

/** One document pair of a manifest: its output name and its two files. */
export interface ManifestEntry {
  readonly name: string;
  readonly source: string;
  readonly target: string;
}

/** A name safe as a file name on every system: letters, digits, dot, hyphen and underscore. */
const safeName = (name: string): string => name.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/u, '_') || 'pair';

/**
 * The pairs of a manifest: a line per pair, `source<TAB>target[<TAB>name]` (a Sorani file, its
 * English translation, and the name of the outputs, by default the source file's name without its
 * extension); empty lines and lines starting with # are skipped. Relative paths are read from
 * `folder` (the manifest's). Names are made safe and unique (a second "report" is "report-2").
 */
export function parseManifest(text: string, folder: string): ManifestEntry[] {
  const entries: ManifestEntry[] = [];
  const taken = new Set<string>();
  for (const [index, raw] of text.split(/\r?\n/u).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [source = '', target = '', given = ''] = raw.split('\t').map((cell) => cell.trim());
    if (source === '' || target === '') throw new CliError(`manifest line ${index + 1}: expected a source file, a tab and its translation's file (and optionally a tab and a name)`);
    const base = safeName(given || basename(source, extname(source)));
    let name = base;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}-${k}`;
    taken.add(name.toLowerCase());
    const resolve = (path: string): string => (isAbsolute(path) ? path : join(folder, path));
    entries.push({ name, source: resolve(source), target: resolve(target) });
  }
  return entries;
}
