import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Unit } from '../../shared/project';
import type { TermBase } from '../../shared/glossary';
import { checkSegment, qaContext, qaSegmentOf, type QaIssue, type QaSettings } from '../../shared/qa';

const NO_SETTINGS: QaSettings = {};

/** Errors and warnings call for attention; information does not flag a row. */
export const needsAttention = (issues: readonly QaIssue[]): boolean => issues.some((issue) => issue.severity !== 'info');

/** The document-wide context is rebuilt once the document has been quiet this long. */
const CONTEXT_DELAY_MS = 1500;

/**
 * Quality checks for a document in the editor. Each unit is checked when it is shown or filtered,
 * once per unit object and context, so an edited unit is re-checked at once. The document-wide
 * context (usual length ratio, who translates what) is rebuilt only after a pause: on a large
 * document it takes a tenth of a second, too long to redo after every saved keystroke.
 */
export function useQa(units: readonly Unit[], termBase: TermBase, settings: QaSettings = NO_SETTINGS) {
  const [context, setContext] = useState(() => qaContext(units.map(qaSegmentOf), settings, termBase));
  const settingsChanged = useRef(settings);
  useEffect(() => {
    // New project settings apply at once; a changed document waits for a pause.
    const delay = settingsChanged.current === settings ? CONTEXT_DELAY_MS : 0;
    settingsChanged.current = settings;
    const timer = setTimeout(() => setContext(qaContext(units.map(qaSegmentOf), settings, termBase)), delay);
    return () => clearTimeout(timer);
  }, [units, termBase, settings]);
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
