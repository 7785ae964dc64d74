import { FormatError, parseDelimited } from '../formats';
import type { TargetTerm } from './model';
import { isCommonWordNote, type ImportedEntry } from './tbx';

/** Header names (case-insensitive) for each field; `source` and `target` are required. */
const COLUMNS = {
  source: ['source', 'ckb', 'sorani', 'term'],
  target: ['target', 'en', 'english', 'translation'],
  admitted: ['admitted', 'alternatives'],
  forbidden: ['forbidden', 'deprecated'],
  partOfSpeech: ['pos', 'partofspeech', 'part of speech'],
  domain: ['domain', 'subject', 'subjectfield'],
  note: ['note', 'notes', 'definition', 'comment'],
  example: ['example', 'examples', 'context'],
  usage: ['usage', 'usage note', 'usagenote'],
} as const;

/** Several terms in one cell are separated by `|` or `;`. */
const split = (cell: string | undefined): string[] => (cell ?? '').split(/[|;]/).map((t) => t.trim()).filter(Boolean);

/**
 * A glossary from CSV or TSV with a header. `source` and `target` at least; `target` may list
 * several terms (the first preferred, the rest admitted), `admitted` and `forbidden` more; other
 * known columns map to fields, unknown ones are ignored.
 */
export function readDelimitedGlossary(text: string, delimiter: ',' | '\t'): ImportedEntry[] {
  const rows = parseDelimited(text, delimiter);
  const [header, ...body] = rows;
  if (!header) throw new FormatError('the file is empty', 1);
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const column = (field: keyof typeof COLUMNS): number => names.findIndex((name) => (COLUMNS[field] as readonly string[]).includes(name));
  const sourceAt = column('source');
  const targetAt = column('target');
  if (sourceAt < 0 || targetAt < 0) {
    throw new FormatError(`the header needs a source and a target column (found: ${header.fields.join(', ')})`, header.line);
  }
  const cell = (row: string[], field: keyof typeof COLUMNS): string | undefined => {
    const at = column(field);
    return at < 0 ? undefined : row[at]?.trim() || undefined;
  };
  return body.map((row) => {
    const sourceTerms = split(row.fields[sourceAt]);
    const [preferred, ...moreTargets] = split(row.fields[targetAt]);
    if (sourceTerms.length === 0 || preferred === undefined) throw new FormatError('a row without a source or a target term', row.line);
    const targetTerms: TargetTerm[] = [
      { text: preferred, status: 'preferred' },
      ...[...moreTargets, ...split(cell(row.fields, 'admitted'))].map((t) => ({ text: t, status: 'admitted' as const })),
      ...split(cell(row.fields, 'forbidden')).map((t) => ({ text: t, status: 'forbidden' as const })),
    ];
    const partOfSpeech = cell(row.fields, 'partOfSpeech');
    const domain = cell(row.fields, 'domain');
    const note = cell(row.fields, 'note');
    const example = cell(row.fields, 'example');
    // The usage cell names the Sorani terms that are also everyday words, or says "common word" of them all.
    const usage = cell(row.fields, 'usage');
    const commonWords = isCommonWordNote(usage) ? sourceTerms : split(usage).filter((term) => sourceTerms.includes(term));
    return {
      sourceTerms, targetTerms, line: row.line,
      ...(partOfSpeech ? { partOfSpeech } : {}),
      ...(domain ? { domain } : {}),
      ...(note ? { note } : {}),
      ...(commonWords.length > 0 ? { commonWords } : {}),
      examples: example ? [example] : [],
    };
  });
}
