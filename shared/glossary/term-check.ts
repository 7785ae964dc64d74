import { isBlank, matchingKey } from '../text';
import type { QaIssue } from '../qa/types';
import { findEnglishTermIn } from './english';
import type { GlossaryEntry, TargetTerm } from './model';
import type { SourceHit, SourceIndex } from './source-index';

/** A glossary ready for checking: its source index and its entries by id. */
export interface TermBase {
  readonly index: SourceIndex;
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
}

/** An entry's English terms split by use, once per entry object (entries are replaced, never changed). */
const TERMS_BY_USE = new WeakMap<GlossaryEntry, { allowed: TargetTerm[]; forbidden: TargetTerm[] }>();
function targetTermsOf(entry: GlossaryEntry): { allowed: TargetTerm[]; forbidden: TargetTerm[] } {
  let split = TERMS_BY_USE.get(entry);
  if (!split) {
    split = { allowed: entry.targetTerms.filter((t) => t.status !== 'forbidden'), forbidden: entry.targetTerms.filter((t) => t.status === 'forbidden') };
    TERMS_BY_USE.set(entry, split);
  }
  return split;
}

/** Approved target terms written in Arabic script (a name a glossary keeps in its own script), by matching key. */
const APPROVED_IN_ARABIC = new WeakMap<TermBase, ReadonlySet<string>>();
const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D5\u06FA-\u06FF]/u;

/** Whether Arabic-script text in a translation is a preferred or admitted target term of the glossary. */
export function approvesArabicScript(termBase: TermBase, text: string): boolean {
  let approved = APPROVED_IN_ARABIC.get(termBase);
  if (!approved) {
    const terms = [...termBase.entries.values()].flatMap((entry) => targetTermsOf(entry).allowed);
    approved = new Set(terms.filter((term) => ARABIC_LETTER.test(term.text)).map((term) => matchingKey(term.text)));
    APPROVED_IN_ARABIC.set(termBase, approved);
  }
  return approved.size > 0 && approved.has(matchingKey(text));
}

/**
 * Terminology of one segment: a Sorani term whose preferred or admitted English is missing from
 * the translation, and a forbidden English term used for a concept of the source.
 */
export function checkTerms(source: string, target: string, termBase: TermBase): QaIssue[] {
  if (isBlank(target)) return [];
  const issues: QaIssue[] = [];
  const hits = termBase.index.match(source);
  let lower: string | undefined;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h] as SourceHit;
    const entry = termBase.entries.get(hit.entryId);
    // An entry found twice in a sentence is checked once (a sentence holds a few terms).
    if (!entry || hits.findIndex((other) => other.entryId === hit.entryId) < h) continue;
    const lowerTarget = (lower ??= target.toLowerCase());
    const { allowed, forbidden: forbiddenTerms } = targetTermsOf(entry);
    if (allowed.length > 0 && !allowed.some((t) => findEnglishTermIn(target, lowerTarget, t.text).length > 0)) {
      issues.push({
        check: 'terminology', code: 'term-missing', severity: 'warning', source: [hit.start, hit.end],
        params: { term: hit.term, expected: allowed[0]?.text ?? '' },
      });
    }
    for (const forbidden of forbiddenTerms) {
      for (const span of findEnglishTermIn(target, lowerTarget, forbidden.text)) {
        issues.push({
          check: 'terminology', code: 'term-forbidden', severity: 'error', source: [hit.start, hit.end], target: [span.start, span.end],
          params: { term: forbidden.text, expected: allowed[0]?.text ?? '' },
        });
      }
    }
  }
  return issues;
}
