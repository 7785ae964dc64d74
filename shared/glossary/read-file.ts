import { readDelimitedGlossary } from './delimited';
import type { GlossaryEntry } from './model';
import { FormatError } from '../formats';
import { readTbx, type ImportedEntry, type LanguagePair } from './tbx';

/** A glossary file by its name: `.tbx`/`.xml` as TBX, `.csv` and `.tsv`/`.txt` as delimited text with a header. */
export function readGlossaryFile(name: string, text: string, languages?: LanguagePair): ImportedEntry[] {
  const extension = name.toLowerCase().replace(/^.*\./, '');
  if (extension === 'tbx' || extension === 'xml') return readTbx(text, languages);
  if (extension === 'csv') return readDelimitedGlossary(text, ',');
  if (extension === 'tsv' || extension === 'tab' || extension === 'txt') return readDelimitedGlossary(text, '\t');
  throw new FormatError(`cannot tell the format of "${name}" (use .tbx, .csv or .tsv)`, 1);
}

/** An imported entry as a new glossary entry (revision 1), made by `by` at `at`. */
export function newEntry(
  imported: ImportedEntry,
  made: { readonly id: string; readonly by: string; readonly at: string; readonly clock?: Record<string, number> },
): GlossaryEntry {
  const { line: _line, ...fields } = imported;
  return {
    ...fields, id: made.id, createdBy: made.by, createdAt: made.at, changedBy: made.by, changedAt: made.at, revision: 1,
    ...(made.clock ? { clock: made.clock } : {}),
  };
}

/** Imported entries as glossary entries (ids `prefix-1`...), for matching without a store. */
export function toGlossaryEntries(imported: readonly ImportedEntry[], prefix = 'file', stamp = '1970-01-01T00:00:00.000Z'): GlossaryEntry[] {
  return imported.map((entry, index) => newEntry(entry, { id: `${prefix}-${index + 1}`, by: 'import', at: stamp }));
}
