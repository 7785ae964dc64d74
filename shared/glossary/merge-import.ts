import { matchingKey } from '../text';
import type { GlossaryEntry, TargetTerm } from './model';
import type { ImportedEntry } from './tbx';


export interface ImportPlan {
  /** Entries to add as new. */
  readonly added: readonly ImportedEntry[];
  /** Existing entries with the imported terms merged in (only when merging was asked for). */
  readonly merged: readonly GlossaryEntry[];
  /** Imported entries whose Sorani term the glossary (or the file, earlier) already has. */
  readonly duplicates: ReadonlyArray<{ readonly line: number; readonly term: string; readonly existingId: string | undefined }>;
}

function mergeTargets(into: readonly TargetTerm[], more: readonly TargetTerm[]): TargetTerm[] {
  const known = new Set(into.map((t) => t.text.toLowerCase()));
  const extra = more.filter((t) => !known.has(t.text.toLowerCase())).map((t) => (t.status === 'preferred' ? { ...t, status: 'admitted' as const } : t));
  return [...into, ...extra];
}

/**
 * What importing entries into a glossary does: new concepts are added; one whose Sorani term the
 * glossary already has is a duplicate, reported, and merged into that entry only on request (its
 * variants and English terms join the entry's; the entry's preferred term stays preferred).
 */
export function planImport(existing: readonly GlossaryEntry[], imported: readonly ImportedEntry[], merge: boolean): ImportPlan {
  const owner = new Map<string, string>();
  for (const entry of existing) for (const term of entry.sourceTerms) owner.set(matchingKey(term), entry.id);
  const mergedById = new Map<string, GlossaryEntry>();
  const seenInFile = new Set<string>();
  const added: ImportedEntry[] = [];
  const duplicates: Array<ImportPlan['duplicates'][number]> = [];
  for (const entry of imported) {
    const keys = entry.sourceTerms.map(matchingKey);
    const existingId = keys.map((k) => owner.get(k)).find((id) => id !== undefined);
    const repeated = keys.some((k) => seenInFile.has(k));
    keys.forEach((k) => seenInFile.add(k));
    if (existingId === undefined && !repeated) {
      added.push(entry);
      continue;
    }
    duplicates.push({ line: entry.line, term: entry.sourceTerms[0] ?? '', existingId });
    if (!merge || existingId === undefined) continue;
    const base = mergedById.get(existingId) ?? existing.find((e) => e.id === existingId);
    if (!base) continue;
    const sourceTerms = [...base.sourceTerms];
    for (const term of entry.sourceTerms) if (!sourceTerms.some((t) => matchingKey(t) === matchingKey(term))) sourceTerms.push(term);
    mergedById.set(existingId, {
      ...base,
      sourceTerms,
      targetTerms: mergeTargets(base.targetTerms, entry.targetTerms),
      ...(base.partOfSpeech || !entry.partOfSpeech ? {} : { partOfSpeech: entry.partOfSpeech }),
      ...(base.domain || !entry.domain ? {} : { domain: entry.domain }),
      ...(base.note || !entry.note ? {} : { note: entry.note }),
      ...(entry.commonWords ? { commonWords: [...new Set([...(base.commonWords ?? []), ...entry.commonWords])] } : {}),
      examples: [...base.examples, ...entry.examples.filter((x) => !base.examples.includes(x))],
    });
  }
  return { added, merged: [...mergedById.values()], duplicates };
}
