import type { Splice } from './operations';
import type { Sentence, Unit } from './model';

/** A link between sentences of the two sides, as the aligner gives it (indices into flat lists). */
export interface SentenceLink {
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly score: number;
}

export interface AlignedUnitsContext {
  newUnitId(): string;
}

/**
 * Units from aligned sentences: one unit per link, status "aligned" (for a reviewer to confirm),
 * the aligner's score kept on the unit. `paragraphOf` gives a source sentence's paragraph.
 */
export function unitsFromLinks(
  source: readonly Sentence[], target: readonly Sentence[], links: readonly SentenceLink[], ctx: AlignedUnitsContext,
  paragraphOf: (sourceIndex: number) => number = () => 0,
): Unit[] {
  let paragraph = 0;
  return links.map((link) => {
    if (link.source.length > 0) paragraph = paragraphOf(link.source[0] ?? 0);
    return {
      id: ctx.newUnitId(), paragraph,
      source: link.source.map((i) => source[i] ?? { text: '' }),
      target: link.target.map((i) => target[i] ?? { text: '' }),
      status: 'aligned', history: [], comments: [],
      alignment: { score: link.score, confirmed: false },
    };
  });
}

/** The confirmed units as fixed links over the flat sentence lists, and those lists. */
export function flattenUnits(units: readonly Unit[]): {
  source: Sentence[]; target: Sentence[]; fixed: Array<{ source: number[]; target: number[]; unit: Unit }>;
} {
  const source: Sentence[] = [];
  const target: Sentence[] = [];
  const fixed: Array<{ source: number[]; target: number[]; unit: Unit }> = [];
  for (const unit of units) {
    const sourceIndices = unit.source.map((_, k) => source.length + k);
    const targetIndices = unit.target.map((_, k) => target.length + k);
    source.push(...unit.source);
    target.push(...unit.target);
    if (unit.alignment?.confirmed) fixed.push({ source: sourceIndices, target: targetIndices, unit });
  }
  return { source, target, fixed };
}

const sameSentences = (a: readonly Sentence[], b: readonly Sentence[]): boolean =>
  a.length === b.length && a.every((sentence, k) => sentence.text === b[k]?.text);

/**
 * The splice that turns `before` into `after`, leaving alone the units at both ends that kept the
 * same sentences (so undo, the journal and the client's patch carry only what moved).
 */
export function spliceBetween(before: readonly Unit[], after: readonly Unit[]): Splice {
  const same = (a: Unit | undefined, b: Unit | undefined): boolean =>
    a !== undefined && b !== undefined && sameSentences(a.source, b.source) && sameSentences(a.target, b.target);
  let start = 0;
  while (start < before.length && start < after.length && same(before[start], after[start])) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && same(before[before.length - 1 - end], after[after.length - 1 - end])) end++;
  return { index: start, deleteCount: before.length - start - end, units: after.slice(start, after.length - end) };
}

/** A unit a person worked on: translated, approved, or a link someone confirmed, with a translation. */
export function hasPersonWork(unit: Unit): boolean {
  if (!unit.target.some((sentence) => sentence.text.trim() !== '')) return false;
  return unit.status === 'translated' || unit.status === 'approved' || unit.alignment?.confirmed === true;
}
