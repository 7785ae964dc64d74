import { useEffect, useRef, useState } from 'react';
import type { PirdApi, TmMatchResult } from '../../shared/api';
import { unitSourceText, type Unit } from '../../shared/project';

/** How long the active segment stays before its matches are asked for (moving fast through rows asks for none). */
const ASK_AFTER_MS = 60;

/**
 * The translation memory's matches for the active segment, asked of the service (never worked out
 * on the UI thread) a moment after the segment becomes active, the answers for segments left
 * meanwhile dropped; kept per segment and source for the session.
 */
export function useTmMatches(
  api: PirdApi, projectId: string | undefined, documentId: string, unit: Unit | undefined, threshold = 70,
): readonly TmMatchResult[] | null {
  const [matches, setMatches] = useState<readonly TmMatchResult[] | null>(null);
  const cache = useRef(new Map<string, readonly TmMatchResult[]>());
  const source = unit ? unitSourceText(unit) : '';
  const unitId = unit?.id;
  useEffect(() => {
    if (!projectId || !unitId || source.trim() === '') {
      setMatches([]);
      return undefined;
    }
    const key = `${unitId}\u0000${threshold}\u0000${source}`;
    const known = cache.current.get(key);
    if (known) {
      setMatches(known);
      return undefined;
    }
    setMatches(null);
    let current = true;
    const timer = window.setTimeout(() => {
      api.tmLookup({ projectId, text: source, documentId, unitId, threshold }).then(
        ({ matches: found }) => {
          cache.current.set(key, found);
          if (current) setMatches(found);
        },
        () => current && setMatches([]),
      );
    }, ASK_AFTER_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [api, projectId, documentId, unitId, source, threshold]);
  return matches;
}
