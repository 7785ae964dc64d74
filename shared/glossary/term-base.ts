import { matchingKey } from '../text';
import type { GlossaryEntry } from './model';
import { buildSourceIndex } from './source-index';
import type { TermBase } from './term-check';

export function termBase(entries: readonly GlossaryEntry[]): TermBase {
  return { index: buildSourceIndex(entries), entries: new Map(entries.map((entry) => [entry.id, entry])) };
}

/**
 * The entries that apply in a project: the shared glossary plus the project's own entries, which
 * replace a shared entry for the same Sorani term. Other projects' entries are left out.
 */
export function entriesForProject(entries: readonly GlossaryEntry[], projectId: string | undefined): GlossaryEntry[] {
  const own = entries.filter((entry) => entry.projectId !== undefined && entry.projectId === projectId);
  const ownTerms = new Set(own.flatMap((entry) => entry.sourceTerms.map(matchingKey)));
  const shared = entries.filter((entry) => entry.projectId === undefined && !entry.sourceTerms.some((term) => ownTerms.has(matchingKey(term))));
  return [...own, ...shared];
}
