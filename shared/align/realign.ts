import { flattenUnits, spliceBetween, unitsFromLinks, type AlignedUnitsContext, type Sentence, type Splice, type Unit } from '../project';
import { alignSentences, type AlignOptions } from './align';

/**
 * Aligns a document's sentences again, keeping the links a person confirmed and aligning only
 * between them; answers with the splice from the current units to the new ones.
 */
export function realignUnits(units: readonly Unit[], options: Omit<AlignOptions, 'fixed'>, ctx: AlignedUnitsContext): Splice {
  const { source, target, fixed } = flattenUnits(units);
  const paragraphs = paragraphIndex(units);
  const links = alignSentences(source.map((s) => s.text), target.map((s) => s.text), { ...options, fixed, paragraphs: { source: paragraphs } });
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

/**
 * A document's units with a translation aligned to them: its source sentences (in unit order,
 * translations dropped) against the translation's sentences (with their paragraph numbers where
 * the file shows paragraphs). Answers with the splice.
 */
export function alignTranslationUnits(
  units: readonly Unit[], translation: ReadonlyArray<{ readonly text: string; readonly paragraph?: number }>,
  options: Omit<AlignOptions, 'fixed' | 'paragraphs'>, ctx: AlignedUnitsContext,
): Splice {
  const source: Sentence[] = units.flatMap((unit) => unit.source);
  const target: Sentence[] = translation.map(({ text }) => ({ text }));
  const paragraphs = paragraphIndex(units);
  const targetParagraphs = translation.every((s) => s.paragraph !== undefined) ? translation.map((s) => s.paragraph ?? 0) : undefined;
  const links = alignSentences(source.map((s) => s.text), target.map((s) => s.text), {
    ...options, paragraphs: { source: paragraphs, ...(targetParagraphs ? { target: targetParagraphs } : {}) },
  });
  return { index: 0, deleteCount: units.length, units: unitsFromLinks(source, target, links, ctx, (i) => paragraphs[i] ?? 0) };
}
