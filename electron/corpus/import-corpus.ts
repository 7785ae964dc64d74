import { extname } from 'node:path';
import type { ImportFormat } from '../../shared/api';
import { FormatError, readDelimitedCorpus, readMoses, readTmx, readXliff, type ImportedCorpus } from '../../shared/formats';
import { UNIT_STATUSES, type Unit, type UnitStatus } from '../../shared/project';
import { NotTextError, decodeText } from '../text-files/decode';

/** The format of a file pair, from what was asked or the names. */
export function importFormatOf(requested: ImportFormat, fileName: string, translationName?: string): Exclude<ImportFormat, 'auto'> {
  if (requested !== 'auto') return requested;
  const extension = extname(fileName).toLowerCase();
  if (extension === '.tmx') return 'tmx';
  if (extension === '.xlf' || extension === '.xliff') return 'xliff';
  if (extension === '.tsv') return 'tsv';
  if (extension === '.csv') return 'csv';
  if (translationName && /\.(?:ckb|ku)$/iu.test(fileName) && /\.en$/iu.test(translationName)) return 'moses';
  return extension === '.docx' ? 'docx' : 'txt';
}

export class CorpusImportError extends Error {}

/** A document of an import holds at most this many units; a larger one is split into parts. */
export const CORPUS_PART_UNITS = 50_000;

/** The document name a file gives: its name without the extension. */
export const corpusName = (fileName: string): string => fileName.replace(/\.[^.]+$/u, '');

/** A corpus file's text: UTF-8 or UTF-16 with a BOM; anything else is refused with the file's name. */
export const decodeCorpusText = (bytes: Uint8Array, name: string): string => {
  try {
    return decodeText(bytes, name).text;
  } catch (error) {
    if (error instanceof NotTextError) throw new CorpusImportError(error.message);
    throw error;
  }
};

/** Parses a corpus file (and, for Moses, its translation file) into documents of pairs. */
export function parseCorpus(
  format: 'tmx' | 'xliff' | 'tsv' | 'csv' | 'moses', fileName: string, bytes: Uint8Array, translation?: { name: string; bytes: Uint8Array },
): ImportedCorpus {
  const name = corpusName(fileName);
  try {
    switch (format) {
      case 'tmx':
        return readTmx(decodeCorpusText(bytes, fileName), name);
      case 'xliff':
        return readXliff(decodeCorpusText(bytes, fileName), name);
      case 'tsv':
      case 'csv':
        return readDelimitedCorpus(decodeCorpusText(bytes, fileName), format === 'tsv' ? '\t' : ',', name);
      case 'moses':
        if (!translation) throw new CorpusImportError('Moses needs two files: the Sorani side and the English side');
        return readMoses(decodeCorpusText(bytes, fileName), decodeCorpusText(translation.bytes, translation.name), name);
    }
  } catch (error) {
    if (error instanceof FormatError) throw new CorpusImportError(`${fileName}: ${error.message}`);
    throw error;
  }
}

const isStatus = (value: string | undefined): value is UnitStatus => (UNIT_STATUSES as readonly string[]).includes(value ?? '');

/**
 * Units from imported pairs: each pair one unit, its alignment confirmed (a person made it); the
 * status the file gave, else "aligned", or "new" when there is no translation.
 */
export function unitsFromPairs(pairs: ImportedCorpus['documents'][number]['pairs'], newUnitId: () => string): Unit[] {
  return pairs.map((pair) => {
    const target = pair.target.trim() === '' ? [] : [{ text: pair.target }];
    const status: UnitStatus = target.length === 0 ? 'new' : isStatus(pair.status) ? pair.status : 'aligned';
    return {
      id: newUnitId(), paragraph: 0, source: pair.source.trim() === '' ? [] : [{ text: pair.source }], target, status,
      history: [], comments: [], alignment: { score: 1, confirmed: true },
    };
  }).filter((unit) => unit.source.length + unit.target.length > 0);
}
