import { findNumbers } from '../text';
import type { Comparison } from './similarity';

export interface AdaptedTarget {
  readonly text: string;
  /** Each number changed in the translation: the stored value and the current one. */
  readonly replaced: ReadonlyArray<{ readonly from: number; readonly to: number }>;
}

/**
 * The stored translation with its numbers changed as the source's numbers changed, when the two
 * sources differ only in numbers (٢٠٠٩ in the source → 2009 in the English): every changed number
 * of the stored source must stand once in the translation, by value, whatever digits either side
 * uses. `undefined` when the sources differ in anything else, or a number cannot be placed.
 */
export function adaptNumbers(comparison: Comparison, storedTarget: string): AdaptedTarget | undefined {
  const changes: Array<{ from: number; to: number }> = [];
  for (const op of comparison.ops) {
    if (op.kind === 'equal') continue;
    if (op.kind !== 'changed' || op.current === undefined || op.stored === undefined) return undefined;
    const now = comparison.current[op.current];
    const before = comparison.stored[op.stored];
    if (now?.kind !== 'number' || before?.kind !== 'number' || now.value === undefined || before.value === undefined) return undefined;
    changes.push({ from: before.value, to: now.value });
  }
  if (changes.length === 0) return undefined;
  const mentions = findNumbers(storedTarget);
  let text = storedTarget;
  // Right to left, so that earlier offsets stay true while later numbers are replaced.
  const edits: Array<{ start: number; end: number; written: string }> = [];
  const used = new Set<number>();
  for (const change of changes) {
    const found = mentions.findIndex((mention, k) => !used.has(k) && mention.value === change.from);
    const mention = mentions[found];
    if (!mention) return undefined;
    used.add(found);
    const english = mention.ordinal && /(?:st|nd|rd|th)$/iu.test(mention.text);
    edits.push(english
      ? { start: mention.start, end: mention.start + mention.text.length, written: `${written(change.to, mention.text)}${ordinalSuffix(change.to)}` }
      : { start: mention.start, end: mention.start + digitsLength(mention.text), written: written(change.to, mention.text) });
  }
  for (const edit of edits.sort((x, y) => y.start - x.start)) text = `${text.slice(0, edit.start)}${edit.written}${text.slice(edit.end)}`;
  return { text, replaced: changes };
}

/** How much of a mention is its digits (an ordinal ending such as "th" stays as written). */
function digitsLength(text: string): number {
  return /^[\d\u0660-\u0669\u06F0-\u06F9.,/\u066B\u066C]+/u.exec(text)?.[0].length ?? text.length;
}

/** A value written the way the translation wrote the number it replaces: thousands with commas if it had them. */
function written(value: number, like: string): string {
  const grouped = /\d,\d{3}/u.test(like);
  return grouped ? value.toLocaleString('en-US', { maximumFractionDigits: 20 }) : String(value);
}

/** English ordinal ending: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
function ordinalSuffix(value: number): string {
  const last = value % 10;
  const lastTwo = value % 100;
  if (last === 1 && lastTwo !== 11) return 'st';
  if (last === 2 && lastTwo !== 12) return 'nd';
  if (last === 3 && lastTwo !== 13) return 'rd';
  return 'th';
}
