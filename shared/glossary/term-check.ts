import type { QaIssue } from '../qa/types';
import { findEnglishTerm } from './english';
import type { GlossaryEntry } from './model';
import type { SourceIndex } from './source-index';

/** A glossary ready for checking: its source index and its entries by id. */
export interface TermBase {
  readonly index: SourceIndex;
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
}

/**
 * Terminology of one segment: a Sorani term whose preferred or admitted English is missing from
 * the translation, and a forbidden English term used for a concept of the source.
 */
export function checkTerms(source: string, target: string, termBase: TermBase): QaIssue[] {
  if (target.trim() === '') return [];
  const issues: QaIssue[] = [];
  const seen = new Set<string>();
  for (const hit of termBase.index.match(source)) {
    const entry = termBase.entries.get(hit.entryId);
    if (!entry || seen.has(entry.id)) continue;
    seen.add(entry.id);
    const allowed = entry.targetTerms.filter((t) => t.status !== 'forbidden');
    if (allowed.length > 0 && !allowed.some((t) => findEnglishTerm(target, t.text).length > 0)) {
      issues.push({
        check: 'terminology', code: 'term-missing', severity: 'warning', source: [hit.start, hit.end],
        params: { term: hit.term, expected: allowed[0]?.text ?? '' },
      });
    }
    for (const forbidden of entry.targetTerms.filter((t) => t.status === 'forbidden')) {
      for (const span of findEnglishTerm(target, forbidden.text)) {
        issues.push({
          check: 'terminology', code: 'term-forbidden', severity: 'error', source: [hit.start, hit.end], target: [span.start, span.end],
          params: { term: forbidden.text, expected: allowed[0]?.text ?? '' },
        });
      }
    }
  }
  return issues;
}
