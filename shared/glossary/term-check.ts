import { isBlank, matchingKey } from '../text';
import type { QaIssue } from '../qa/types';
import { englishTermPlan, findPlannedTerm, type TermPlan } from './english';
import type { GlossaryEntry, TargetTerm } from './model';
import type { SourceHit, SourceIndex } from './source-index';

/** A glossary ready for checking: its source index and its entries by id. */
export interface TermBase {
  readonly index: SourceIndex;
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
}

/** An entry's English terms split by use and planned for the search, once per entry object (entries are replaced, never changed). */
interface TargetPlans {
  readonly allowed: readonly TermPlan[];
  readonly forbidden: readonly TermPlan[];
}
const PLANS = new WeakMap<GlossaryEntry, TargetPlans>();
function targetPlansOf(entry: GlossaryEntry): TargetPlans {
  let plans = PLANS.get(entry);
  if (!plans) {
    const planned = (terms: readonly TargetTerm[]) => terms.map((term) => englishTermPlan(term.text));
    plans = { allowed: planned(entry.targetTerms.filter((t) => t.status !== 'forbidden')), forbidden: planned(entry.targetTerms.filter((t) => t.status === 'forbidden')) };
    PLANS.set(entry, plans);
  }
  return plans;
}

/** Whether the translation has one of the terms. */
function hasAny(target: string, lower: string, terms: readonly TermPlan[]): boolean {
  for (const term of terms) if (findPlannedTerm(target, lower, term).length > 0) return true;
  return false;
}

/** Whether an earlier hit of the sentence is of the same entry. */
function foundBefore(hits: readonly SourceHit[], h: number): boolean {
  const entryId = hits[h]?.entryId;
  for (let other = 0; other < h; other++) if (hits[other]?.entryId === entryId) return true;
  return false;
}

/** Approved target terms written in Arabic script (a name a glossary keeps in its own script), by matching key. */
const APPROVED_IN_ARABIC = new WeakMap<TermBase, ReadonlySet<string>>();
const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D5\u06FA-\u06FF]/u;

/** Whether Arabic-script text in a translation is a preferred or admitted target term of the glossary. */
export function approvesArabicScript(termBase: TermBase, text: string): boolean {
  let approved = APPROVED_IN_ARABIC.get(termBase);
  if (!approved) {
    const terms = [...termBase.entries.values()].flatMap((entry) => targetPlansOf(entry).allowed);
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
    if (!entry || foundBefore(hits, h)) continue;
    const lowerTarget = (lower ??= target.toLowerCase());
    const { allowed, forbidden: forbiddenTerms } = targetPlansOf(entry);
    if (allowed.length > 0 && !hasAny(target, lowerTarget, allowed)) {
      issues.push({
        // A term that is also an everyday word (کۆبوونەوە: a meeting, or people gathering) may rightly go otherwise.
        check: 'terminology', code: 'term-missing', severity: entry.commonWords?.includes(hit.term) ? 'info' : 'warning', source: [hit.start, hit.end],
        params: { term: hit.term, expected: allowed[0]?.text ?? '' },
      });
    }
    for (const forbidden of forbiddenTerms) {
      for (const span of findPlannedTerm(target, lowerTarget, forbidden)) {
        issues.push({
          check: 'terminology', code: 'term-forbidden', severity: 'error', source: [hit.start, hit.end], target: [span.start, span.end],
          params: { term: forbidden.text, expected: allowed[0]?.text ?? '' },
        });
      }
    }
  }
  return issues;
}
