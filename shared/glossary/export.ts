import { spreadsheetField } from '../formats';
import type { GlossaryEntry } from './model';

const joinTerms = (terms: readonly string[]): string => terms.join('|');

/** CSV or TSV with the header `readDelimitedGlossary` reads back: several terms per cell joined by `|`. */
export function writeDelimitedGlossary(entries: readonly GlossaryEntry[], delimiter: ',' | '\t'): string {
  const field = delimiter === ',' ? spreadsheetField : (value: string) => value.replace(/[\t\r\n]+/g, ' ');
  const rows = [['source', 'target', 'forbidden', 'domain', 'pos', 'note', 'example', 'usage']];
  for (const entry of entries) {
    const allowed = entry.targetTerms.filter((t) => t.status !== 'forbidden');
    const preferredFirst = [...allowed].sort((a, b) => Number(b.status === 'preferred') - Number(a.status === 'preferred'));
    rows.push([
      joinTerms(entry.sourceTerms),
      joinTerms(preferredFirst.map((t) => t.text)),
      joinTerms(entry.targetTerms.filter((t) => t.status === 'forbidden').map((t) => t.text)),
      entry.domain ?? '', entry.partOfSpeech ?? '', entry.note ?? '', entry.examples[0] ?? '', joinTerms(entry.commonWords ?? []),
    ]);
  }
  const end = delimiter === ',' ? '\r\n' : '\n';
  return rows.map((row) => row.map(field).join(delimiter)).join(end) + end;
}

/**
 * A hunalign dictionary: one `english @ sorani` line per pair of an allowed English term and a
 * Sorani term (hunalign wants the target language on the left), for aligning with hunalign.
 */
export function writeHunalignDictionary(entries: readonly GlossaryEntry[]): string {
  const lines: string[] = [];
  for (const entry of entries) {
    for (const target of entry.targetTerms) {
      if (target.status === 'forbidden') continue;
      for (const source of entry.sourceTerms) lines.push(`${target.text} @ ${source}`);
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}
