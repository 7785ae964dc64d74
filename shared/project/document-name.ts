/** File extensions Pird imports documents from: a document is named without them. */
const IMPORTED_EXTENSION = /\.(?:txt|text|md|markdown|html?|xhtml|docx)$/iu;

/**
 * The name a document imported from `fileName` gets in a project: the file's name without its
 * folder and extension, made unique among the project's names by a number ("report (2)").
 */
export function documentNameFor(fileName: string, taken: Iterable<string>): string {
  const base = fileName.split(/[\\/]/u).pop()?.replace(IMPORTED_EXTENSION, '').trim() || fileName.trim() || 'document';
  const names = new Set([...taken].map((name) => name.toLowerCase()));
  if (!names.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!names.has(candidate.toLowerCase())) return candidate;
  }
}
