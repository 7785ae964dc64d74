import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Unit } from '../../shared/project';
import type { TermBase } from '../../shared/glossary';
import type { PirdApi } from '../../shared/api';
import { checkSegment, qaContext, qaSegmentOf, type QaContext, type QaContextOptions, type QaIssue, type QaSettings, type TranslationsElsewhere } from '../../shared/qa';

const NO_SETTINGS: QaSettings = {};

/** Errors and warnings call for attention; information does not flag a row. */
export const needsAttention = (issues: readonly QaIssue[]): boolean => issues.some((issue) => issue.severity !== 'info');

export interface UseQaOptions {
  readonly termBase: TermBase;
  readonly settings?: QaSettings | undefined;
  readonly elsewhere?: TranslationsElsewhere | undefined;
}

/**
 * The document-wide context, and each unit's place in the units it was built from: a unit is
 * checked against the others there, never against its own earlier version.
 */
function documentContext(units: readonly Unit[], options: QaContextOptions): { context: QaContext; places: ReadonlyMap<string, number> } {
  return { context: qaContext(units.map(qaSegmentOf), options), places: new Map(units.map((unit, place) => [unit.id, place])) };
}

/** The document-wide context is rebuilt once the document has been quiet this long. */
const CONTEXT_DELAY_MS = 1500;

/**
 * The editor checks consistency across a project's documents up to this many units in the others
 * (read once per session, a few seconds at this size); a larger corpus is checked by pird qa.
 */
const ELSEWHERE_MAX_UNITS = 250_000;

/**
 * What the project's other documents say about this one's sources and translations, fetched when
 * the document opens (consistency across documents). Until it arrives, or if it fails, the
 * document is checked on its own.
 */
export function useTranslationsElsewhere(api: PirdApi, documentId: string): TranslationsElsewhere | undefined {
  const [elsewhere, setElsewhere] = useState<TranslationsElsewhere | undefined>(undefined);
  useEffect(() => {
    let current = true;
    setElsewhere(undefined);
    api.getTranslationsElsewhere({ documentId, maxUnits: ELSEWHERE_MAX_UNITS }).then(
      (found) => {
        // Nothing shared with the other documents: the context need not change at all.
        if (current && found.rows.length > 0) setElsewhere(found);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, documentId]);
  return elsewhere;
}

/**
 * Quality checks for a document in the editor. Each unit is checked when it is shown or filtered,
 * once per unit object and context, so an edited unit is re-checked at once. The document-wide
 * context (usual length ratio, who translates what) is rebuilt only after a pause: on a large
 * document it takes a tenth of a second, too long to redo after every saved keystroke.
 */
export function useQa(units: readonly Unit[], { termBase, settings = NO_SETTINGS, elsewhere }: UseQaOptions) {
  const options = useMemo(() => ({ termBase, settings, elsewhere }), [termBase, settings, elsewhere]);
  const [{ context, places }, setContext] = useState(() => documentContext(units, options));
  const rulesChanged = useRef({ termBase, settings });
  useEffect(() => {
    // New settings or glossary apply at once; a changed document, or news from the other
    // documents, waits for a pause (rebuilding the context of a large document is a long task).
    const rules = rulesChanged.current;
    const delay = rules.termBase === termBase && rules.settings === settings ? CONTEXT_DELAY_MS : 0;
    rulesChanged.current = { termBase, settings };
    const timer = setTimeout(() => setContext(documentContext(units, options)), delay);
    return () => clearTimeout(timer);
  }, [units, options, termBase, settings]);
  const cache = useMemo(() => new WeakMap<Unit, readonly QaIssue[]>(), [context]);
  const issuesOf = useCallback(
    (unit: Unit): readonly QaIssue[] => {
      let issues = cache.get(unit);
      if (!issues) {
        issues = checkSegment(qaSegmentOf(unit), context, places.get(unit.id));
        cache.set(unit, issues);
      }
      return issues;
    },
    [cache, context, places],
  );
  /** The active unit with the text being typed, before it is saved. */
  const checkTyped = useCallback((unit: Unit, target: string) => checkSegment({ ...qaSegmentOf(unit), target }, context, places.get(unit.id)), [context, places]);
  return { issuesOf, checkTyped };
}
