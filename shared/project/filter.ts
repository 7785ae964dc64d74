import { unitSourceText, unitTargetText, type Unit } from './model';
import type { UnitStatus } from './status';

export interface TextQuery {
  readonly text: string;
  readonly regex: boolean;
  readonly caseSensitive: boolean;
}

export interface UnitFilter {
  readonly statuses: readonly UnitStatus[];
  readonly query?: TextQuery;
  readonly field: 'source' | 'target' | 'both';
  readonly hasComments: boolean;
  /** Only units with a QA error or warning; the caller says which those are. */
  readonly hasQaIssues?: boolean;
}

export type CompiledQuery = { readonly ok: true; readonly pattern: RegExp } | { readonly ok: false; readonly error: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A search as a global regular expression; a broken user regex is reported, never thrown. */
export function compileQuery(query: TextQuery): CompiledQuery {
  try {
    const source = query.regex ? query.text : escapeRegExp(query.text);
    return { ok: true, pattern: new RegExp(source, `gu${query.caseSensitive ? '' : 'i'}`) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Indexes of the units a filter keeps, in document order. `flagged` answers the QA condition. */
export function filterUnits(units: readonly Unit[], filter: UnitFilter, flagged: (index: number) => boolean = () => true): number[] {
  const compiled = filter.query && filter.query.text ? compileQuery(filter.query) : undefined;
  if (compiled && !compiled.ok) return [];
  const pattern = compiled?.ok ? compiled.pattern : undefined;
  const kept: number[] = [];
  units.forEach((unit, index) => {
    if (filter.statuses.length > 0 && !filter.statuses.includes(unit.status)) return;
    if (filter.hasComments && !unit.comments.some((c) => !c.resolved)) return;
    if (filter.hasQaIssues && !flagged(index)) return;
    if (pattern) {
      const inSource = filter.field !== 'target' && matches(pattern, unitSourceText(unit));
      const inTarget = filter.field !== 'source' && matches(pattern, unitTargetText(unit));
      if (!inSource && !inTarget) return;
    }
    kept.push(index);
  });
  return kept;
}

export interface PlannedReplacement {
  readonly unitId: string;
  readonly before: string;
  readonly after: string;
  readonly count: number;
}

/** What a find/replace in the targets would change, for a preview; nothing is changed yet. */
export function planReplace(units: readonly Unit[], query: TextQuery, replacement: string): PlannedReplacement[] | { error: string } {
  if (!query.text) return [];
  const compiled = compileQuery(query);
  if (!compiled.ok) return { error: compiled.error };
  const plan: PlannedReplacement[] = [];
  for (const unit of units) {
    const before = unitTargetText(unit);
    let count = 0;
    const after = before.replace(compiled.pattern, (...args: unknown[]) => {
      count++;
      if (!query.regex) return replacement;
      const match = args[0] as string;
      const groups = args.slice(1, -2) as Array<string | undefined>;
      return replacement.replace(/\$(\d|&)/g, (token, which: string) => (which === '&' ? match : (groups[Number(which) - 1] ?? token)));
    });
    if (count > 0 && after !== before) plan.push({ unitId: unit.id, before, after, count });
  }
  return plan;
}
