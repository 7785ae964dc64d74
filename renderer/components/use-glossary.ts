import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PirdApi } from '../../shared/api';
import { termBase, type GlossaryEntry, type SourceHit, type TermBase } from '../../shared/glossary';
import type { Unit } from '../../shared/project';
import { unitSourceText } from '../../shared/project';

/** A glossary hit in a unit's source, with the entry it belongs to. */
export interface UnitTermHit extends SourceHit {
  readonly entry: GlossaryEntry;
}

export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
  readonly termBase: TermBase;
  /** The glossary terms in a unit's source, cached per unit object. */
  hitsOf(unit: Unit): readonly UnitTermHit[];
  reload(): Promise<void>;
}

/** The shared glossary as the editor uses it: loaded once, indexed for Sorani matching. */
export function useGlossary(api: PirdApi, onError: (error: unknown) => void): Glossary {
  const [entries, setEntries] = useState<readonly GlossaryEntry[]>([]);
  const reload = useCallback(async () => {
    try {
      setEntries((await api.getGlossary({})).entries);
    } catch (error) {
      onError(error);
    }
  }, [api, onError]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const base = useMemo(() => termBase(entries), [entries]);
  const cache = useMemo(() => new WeakMap<Unit, readonly UnitTermHit[]>(), [base]);
  const hitsOf = useCallback(
    (unit: Unit): readonly UnitTermHit[] => {
      let hits = cache.get(unit);
      if (!hits) {
        hits = base.index.match(unitSourceText(unit)).flatMap((hit) => {
          const entry = base.entries.get(hit.entryId);
          return entry ? [{ ...hit, entry }] : [];
        });
        cache.set(unit, hits);
      }
      return hits;
    },
    [base, cache],
  );
  return useMemo(() => ({ entries, termBase: base, hitsOf, reload }), [entries, base, hitsOf, reload]);
}

/** The English terms a hit suggests, preferred first; forbidden ones are never suggested. */
export const suggestedTerms = (entry: GlossaryEntry): string[] =>
  [...entry.targetTerms].filter((t) => t.status !== 'forbidden').sort((a, b) => (a.status === b.status ? 0 : a.status === 'preferred' ? -1 : 1)).map((t) => t.text);
