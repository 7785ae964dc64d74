import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PirdApi } from '../../shared/api';
import { latestOnly } from '../api/latest-only';
import { entriesForProject, termBase, type GlossaryEntry, type SourceHit, type TermBase } from '../../shared/glossary';
import type { Unit } from '../../shared/project';
import { unitSourceText } from '../../shared/project';

const RELOAD_MS = 20_000;

/** A glossary hit in a unit's source, with the entry it belongs to. */
export interface UnitTermHit extends SourceHit {
  readonly entry: GlossaryEntry;
}

/** The glossary as it applies in one project: shared entries and the project's own. */
export interface ProjectGlossary {
  readonly termBase: TermBase;
  /** The glossary terms in a unit's source, cached per unit object. */
  hitsOf(unit: Unit): readonly UnitTermHit[];
}

export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
  forProject(projectId: string | undefined): ProjectGlossary;
  reload(): Promise<void>;
}

function projectGlossary(entries: readonly GlossaryEntry[], projectId: string | undefined): ProjectGlossary {
  const base = termBase(entriesForProject(entries, projectId));
  const cache = new WeakMap<Unit, readonly UnitTermHit[]>();
  return {
    termBase: base,
    hitsOf(unit) {
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
  };
}

/** The shared glossary as the editor uses it: loaded once, indexed per project for Sorani matching. */
export function useGlossary(api: PirdApi, onError: (error: unknown) => void): Glossary {
  const [entries, setEntries] = useState<readonly GlossaryEntry[]>([]);
  /** A slower answer to an earlier look (a poll) never puts back entries older than a change just made. */
  const getGlossary = useMemo(() => latestOnly(() => api.getGlossary({})), [api]);
  const reload = useCallback(async () => {
    try {
      const loaded = (await getGlossary()).entries;
      // Unchanged: keep the same array, so nothing is re-indexed or re-rendered.
      setEntries((current) => (JSON.stringify(current) === JSON.stringify(loaded) ? current : loaded));
    } catch (error) {
      onError(error);
    }
  }, [getGlossary, onError]);
  useEffect(() => {
    void reload();
    // Colleagues' changes arrive through the shared folder in the background: look again now and then.
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, RELOAD_MS);
    return () => window.clearInterval(timer);
  }, [reload]);
  const forProject = useMemo(() => {
    const built = new Map<string, ProjectGlossary>();
    return (projectId: string | undefined): ProjectGlossary => {
      const key = projectId ?? '';
      let scoped = built.get(key);
      if (!scoped) built.set(key, (scoped = projectGlossary(entries, projectId)));
      return scoped;
    };
  }, [entries]);
  return useMemo(() => ({ entries, forProject, reload }), [entries, forProject, reload]);
}

/** The English terms a hit suggests, preferred first; forbidden ones are never suggested. */
export const suggestedTerms = (entry: GlossaryEntry): string[] =>
  [...entry.targetTerms].filter((t) => t.status !== 'forbidden').sort((a, b) => (a.status === b.status ? 0 : a.status === 'preferred' ? -1 : 1)).map((t) => t.text);
