// The module alone, not the aligner behind shared/align's index.
import { SURE_LINK } from '../../shared/align/link-confidence';
import type { Unit } from '../../shared/project';

/** Below this a link is more likely wrong than right: red. */
export const LOW_CONFIDENCE = 0.5;

export function confidenceClass(unit: Unit): 'confirmed' | 'high' | 'mid' | 'low' | 'none' {
  if (!unit.alignment) return 'none';
  if (unit.alignment.confirmed) return 'confirmed';
  if (unit.alignment.score >= SURE_LINK) return 'high';
  return unit.alignment.score >= LOW_CONFIDENCE ? 'mid' : 'low';
}

/** A link neither confirmed nor sure: worth a look. */
export const needsCheck = (unit: Unit): boolean => unit.alignment !== undefined && !unit.alignment.confirmed && unit.alignment.score < SURE_LINK;

/**
 * The link to check after the active one (`direction` 1) or before it (-1), the least likely
 * first: links to check ordered by confidence, then by place. From a doubtful link (also one just
 * confirmed) the order goes on from its place; from a sure one it starts again: N at the least
 * likely link, Shift+N at the most likely of them.
 */
export function nextToCheck(units: readonly Unit[], active: number, direction: 1 | -1): number | undefined {
  const scoreAt = (index: number): number => units[index]?.alignment?.score ?? 1;
  const before = (a: number, b: number): boolean => scoreAt(a) < scoreAt(b) || (scoreAt(a) === scoreAt(b) && a < b);
  const fromPlace = scoreAt(active) < SURE_LINK;
  let best: number | undefined;
  for (let index = 0; index < units.length; index++) {
    const unit = units[index];
    if (!unit || index === active || !needsCheck(unit)) continue;
    const onTheWay = !fromPlace || (direction === 1 ? before(active, index) : before(index, active));
    const better = best === undefined || (direction === 1 ? before(index, best) : before(best, index));
    if (onTheWay && better) best = index;
  }
  return best;
}
