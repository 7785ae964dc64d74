import { flattenUnits, hasPersonWork, spliceBetween, unitTargetText, unitsFromLinks, type AlignedUnitsContext, type Sentence, type Splice, type Unit } from '../project';
import { alignSentenceSteps, type AlignOptions, type AlignSteps } from './align';

/**
 * Aligns a document's sentences again, keeping the links a person confirmed and aligning only
 * between them, in steps (see `AlignSteps`); answers with the splice from the current units to the new ones.
 */
export function* realignSteps(units: readonly Unit[], options: Omit<AlignOptions, 'fixed'>, ctx: AlignedUnitsContext): AlignSteps<Splice> {
  const { source, target, fixed } = flattenUnits(units);
  const paragraphs = paragraphIndex(units);
  const links = yield* alignSentenceSteps(source.map((s) => s.text), target.map((s) => s.text), { ...options, fixed, paragraphs: { source: paragraphs } });
  const keptUnit = new Map(fixed.map((link) => [`${link.source.join(',')}|${link.target.join(',')}`, link.unit]));
  const after: Unit[] = [];
  for (const link of links) {
    const kept = keptUnit.get(`${link.source.join(',')}|${link.target.join(',')}`);
    if (kept && link.score === 1) after.push(kept);
    else after.push(...unitsFromLinks(source, target, [link], ctx, (i) => paragraphs[i] ?? 0));
  }
  return spliceBetween(units, after);
}

/** The paragraph of each source sentence, in the flat order. */
function paragraphIndex(units: readonly Unit[]): number[] {
  return units.flatMap((unit) => unit.source.map(() => unit.paragraph));
}

/** What becomes of units a person worked on when a translation is aligned over them, and who says so. */
export interface ExistingWork {
  readonly mode: 'keep' | 'replace';
  readonly at: string;
  readonly by: string;
}

/**
 * A document's units with a translation aligned to them, in steps (see `AlignSteps`): its source
 * sentences (in unit order, translations dropped) against the translation's sentences (with their
 * paragraph numbers where the file shows paragraphs). Answers with the splice. With `existing`,
 * units a person worked on are kept as confirmed links (the imported sentences aligned to them are
 * left out) or replaced, and either is written into the unit's history.
 */
export function* alignTranslationSteps(
  units: readonly Unit[], translation: ReadonlyArray<{ readonly text: string; readonly paragraph?: number }>,
  options: Omit<AlignOptions, 'fixed' | 'paragraphs'>, ctx: AlignedUnitsContext, existing?: ExistingWork,
): AlignSteps<Splice> {
  const source: Sentence[] = units.flatMap((unit) => unit.source);
  const target: Sentence[] = translation.map(({ text }) => ({ text }));
  const paragraphs = paragraphIndex(units);
  const paragraphOf = (i: number): number => paragraphs[i] ?? 0;
  const targetParagraphs = translation.every((s) => s.paragraph !== undefined) ? translation.map((s) => s.paragraph ?? 0) : undefined;
  const links = yield* alignSentenceSteps(source.map((s) => s.text), target.map((s) => s.text), {
    ...options, paragraphs: { source: paragraphs, ...(targetParagraphs ? { target: targetParagraphs } : {}) },
  });
  if (!existing) return { index: 0, deleteCount: units.length, units: unitsFromLinks(source, target, links, ctx, paragraphOf) };

  const owner = units.flatMap((unit, u) => unit.source.map(() => u));
  const worked = units.map(hasPersonWork);
  const keeps = (u: number): boolean => existing.mode === 'keep' && worked[u] === true;
  const after: Unit[] = [];
  let placed = 0; // units before this one have had their turn
  const keepUpTo = (u: number): void => {
    for (; placed < u; placed++) {
      const unit = units[placed];
      // A kept unit with no source sentence of its own keeps its place.
      if (unit && unit.source.length === 0 && keeps(placed)) after.push(keptUnit(unit, existing));
    }
  };
  const emitKept = (u: number): void => {
    if (u < placed) return;
    keepUpTo(u);
    const unit = units[u];
    if (unit) after.push(keptUnit(unit, existing));
    placed = u + 1;
  };
  for (const link of links) {
    const rest = link.source.filter((i) => !keeps(owner[i] ?? -1));
    const keptOwners = [...new Set(link.source.map((i) => owner[i] ?? -1).filter(keeps))];
    const keptFirst = keptOwners.length > 0 && keeps(owner[link.source[0] ?? -1] ?? -1);
    if (keptFirst) keptOwners.forEach(emitKept);
    if (rest.length > 0 || keptOwners.length === 0) {
      if (rest.length > 0) keepUpTo(owner[rest[0] ?? 0] ?? 0);
      const [made] = unitsFromLinks(source, target, [{ ...link, source: rest }], ctx, paragraphOf);
      const replaced = [...new Set(rest.map((i) => owner[i] ?? -1))].filter((u) => worked[u] === true);
      if (made) after.push(replaced.length === 0 ? made : replacedUnit(made, replaced.map((u) => units[u] as Unit), existing));
    }
    if (!keptFirst) keptOwners.forEach(emitKept);
  }
  keepUpTo(units.length);
  return { index: 0, deleteCount: units.length, units: after };
}

function keptUnit(unit: Unit, existing: ExistingWork): Unit {
  return {
    ...unit,
    alignment: { score: 1, confirmed: true },
    history: [...unit.history, { at: existing.at, by: existing.by, status: unit.status, target: unitTargetText(unit), event: 'kept-on-import' }],
  };
}

/** A new link over sentences a person had translated: their units' history goes with it. */
function replacedUnit(made: Unit, replaced: readonly Unit[], existing: ExistingWork): Unit {
  return {
    ...made,
    history: [
      ...replaced.flatMap((unit) => unit.history),
      { at: existing.at, by: existing.by, status: made.status, target: unitTargetText(made), event: 'replaced-on-import' },
    ],
  };
}
