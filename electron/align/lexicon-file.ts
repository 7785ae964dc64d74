import { readFile } from 'node:fs/promises';
import { parseLexicon, type Lexicon } from '../../shared/align';
import { LEXICON_FILE } from '../paths';

let loading: Promise<Lexicon> | undefined;

/** The aligner's Sorani-English lexicon, read once per process. */
export function loadLexicon(path: string = LEXICON_FILE): Promise<Lexicon> {
  if (path !== LEXICON_FILE) return readFile(path, 'utf8').then(parseLexicon);
  loading ??= readFile(path, 'utf8').then(parseLexicon);
  return loading;
}
