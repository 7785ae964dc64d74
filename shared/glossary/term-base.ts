import type { GlossaryEntry } from './model';
import { buildSourceIndex } from './source-index';
import type { TermBase } from './term-check';

export function termBase(entries: readonly GlossaryEntry[]): TermBase {
  return { index: buildSourceIndex(entries), entries: new Map(entries.map((entry) => [entry.id, entry])) };
}
