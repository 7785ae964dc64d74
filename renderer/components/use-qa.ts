import { useCallback, useDeferredValue, useMemo } from 'react';
import type { Unit } from '../../shared/project';
import { checkSegment, qaContext, qaSegmentOf, type QaIssue } from '../../shared/qa';

/** Errors and warnings call for attention; information does not flag a row. */
export const needsAttention = (issues: readonly QaIssue[]): boolean => issues.some((issue) => issue.severity !== 'info');

/**
 * Quality checks for a document in the editor. The document-wide context (usual length ratio,
 * who translates what) is rebuilt from a deferred copy of the units, so an edit paints first;
 * each unit is checked when it is shown or filtered, once per unit object and context.
 */
export function useQa(units: readonly Unit[]) {
  const settled = useDeferredValue(units);
  const context = useMemo(() => qaContext(settled.map(qaSegmentOf)), [settled]);
  const cache = useMemo(() => new WeakMap<Unit, readonly QaIssue[]>(), [context]);
  const issuesOf = useCallback(
    (unit: Unit): readonly QaIssue[] => {
      let issues = cache.get(unit);
      if (!issues) {
        issues = checkSegment(qaSegmentOf(unit), context);
        cache.set(unit, issues);
      }
      return issues;
    },
    [cache, context],
  );
  /** The active unit with the text being typed, before it is saved. */
  const checkTyped = useCallback((unit: Unit, target: string) => checkSegment({ ...qaSegmentOf(unit), target }, context), [context]);
  return { issuesOf, checkTyped };
}
