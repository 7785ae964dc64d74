/** File extensions Pird imports documents from: a document is named without them. */
const IMPORTED_EXTENSION = /\.(?:txt|text|md|markdown|html?|xhtml|docx)$/iu;

/** A document's name without the file extension it was imported from (names from before imports dropped it keep one). */
export const withoutImportedExtension = (name: string): string => name.replace(IMPORTED_EXTENSION, '');

/**
 * The name a document imported from `fileName` gets in a project: the file's name without its
 * folder and extension, made unique among the project's names by a number ("report (2)").
 */
export function documentNameFor(fileName: string, taken: Iterable<string>): string {
  const base = withoutImportedExtension(fileName.split(/[\\/]/u).pop() ?? '').trim() || fileName.trim() || 'document';
  const names = new Set([...taken].map((name) => name.toLowerCase()));
  if (!names.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!names.has(candidate.toLowerCase())) return candidate;
  }
}
