import { matchingKey } from '../text';
import type { QaIssue, QaSegment } from './types';

/**
 * For each source (by matching key), its translations, each with the first segment that uses it;
 * and for each translation, its sources. Built once per document, read per segment.
 */
export interface ConsistencyIndex {
  readonly bySource: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly byTarget: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Matching keys of the sources seen, by text: each text is normalized once. */
  readonly sourceKeys: Map<string, string>;
}

/**
 * Keys survive from one index to the next (the editor rebuilds the index after edits, and almost
 * every source is unchanged); bounded, so a long session does not grow it without end.
 */
const KEYS_ACROSS_INDEXES = new Map<string, string>();
const KEYS_LIMIT = 200_000;

function sourceKeyIn(cache: Map<string, string>, text: string): string {
  let key = cache.get(text) ?? KEYS_ACROSS_INDEXES.get(text);
  if (key === undefined) {
    key = matchingKey(text);
    if (KEYS_ACROSS_INDEXES.size >= KEYS_LIMIT) KEYS_ACROSS_INDEXES.clear();
    KEYS_ACROSS_INDEXES.set(text, key);
  }
  cache.set(text, key);
  return key;
}
const targetKey = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

function note(map: Map<string, Map<string, number>>, key: string, value: string, index: number): void {
  let values = map.get(key);
  if (!values) map.set(key, (values = new Map()));
  if (!values.has(value)) values.set(value, index);
}

export function consistencyIndex(segments: readonly QaSegment[]): ConsistencyIndex {
  const bySource = new Map<string, Map<string, number>>();
  const byTarget = new Map<string, Map<string, number>>();
  const sourceKeys = new Map<string, string>();
  segments.forEach((segment, index) => {
    if (segment.target.trim() === '' || segment.source.trim() === '') return;
    const source = sourceKeyIn(sourceKeys, segment.source);
    const target = targetKey(segment.target);
    note(bySource, source, target, index);
    note(byTarget, target, source, index);
  });
  return { bySource, byTarget, sourceKeys };
}

/** The first segment of `group` whose key is not `own`, if any. */
function firstOther(group: ReadonlyMap<string, number> | undefined, own: string): number | undefined {
  if (!group) return undefined;
  for (const [key, index] of group) if (key !== own) return index;
  return undefined;
}

/**
 * The same source translated differently elsewhere in the document, and the same translation
 * given to a different source. Messages name the other segment by its 1-based number.
 */
export function checkConsistency(segment: QaSegment, consistency: ConsistencyIndex): QaIssue[] {
  if (segment.target.trim() === '' || segment.source.trim() === '') return [];
  const issues: QaIssue[] = [];
  const target = targetKey(segment.target);
  const source = sourceKeyIn(consistency.sourceKeys, segment.source);
  const differentTarget = firstOther(consistency.bySource.get(source), target);
  if (differentTarget !== undefined) {
    issues.push({ check: 'consistency', code: 'inconsistent-target', severity: 'warning', target: [0, segment.target.length], params: { other: differentTarget + 1 } });
  }
  const differentSource = firstOther(consistency.byTarget.get(target), source);
  if (differentSource !== undefined) {
    issues.push({ check: 'consistency', code: 'shared-target', severity: 'info', target: [0, segment.target.length], params: { other: differentSource + 1 } });
  }
  return issues;
}
