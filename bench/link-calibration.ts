// The link confidence judged against alignments with known answers: each link of an alignment
// and whether it is right, and how the confidence holds (scripts/fit-link-confidence.ts, bench align).
import { readFileSync } from 'node:fs';
import { alignWithEvidence, parseLexicon } from '../shared/align';
import { termBase, type GlossaryEntry } from '../shared/glossary';
import { lexiconText, type AlignCase } from './align-data';

export interface Sample {
  readonly features: readonly number[];
  /** The confidence the aligner gave the link, as shipped (rounded). */
  readonly confidence: number;
  readonly right: boolean;
}

let resources: { lexicon: ReturnType<typeof parseLexicon>; termBase: ReturnType<typeof termBase> } | undefined;
/** The demo's lexicon and glossary, read once. */
function soraniResources(): NonNullable<typeof resources> {
  if (!resources) {
    const glossary = JSON.parse(readFileSync(new URL('../corpus/demo/glossary.json', import.meta.url), 'utf8')) as { entries: GlossaryEntry[] };
    resources = { lexicon: parseLexicon(lexiconText()), termBase: termBase(glossary.entries) };
  }
  return resources;
}

/** Every link of a case's alignment with whether the gold has exactly that bead. */
export function samplesOf(input: AlignCase): Sample[] {
  const gold = new Set(input.gold.map((bead) => `${bead.source.join(',')}|${bead.target.join(',')}`));
  return alignWithEvidence(input.source, input.target, input.otherLanguage === undefined ? soraniResources() : {}).map(({ link, features }) => ({
    features, confidence: link.score, right: gold.has(`${link.source.join(',')}|${link.target.join(',')}`),
  }));
}

/** How a confidence holds on samples: share right at or above 0.8, share wrong under 0.5, and ten bins. */
export function reliability(confidences: ReadonlyArray<{ confidence: number; right: boolean }>): {
  atLeast08: { links: number; right: number }; under05: { links: number; wrong: number };
  bins: Array<{ from: number; to: number; links: number; meanConfidence: number; right: number }>;
} {
  const share = (items: ReadonlyArray<{ right: boolean }>, right: boolean): number => items.length === 0 ? 0 : Number((items.filter((s) => s.right === right).length / items.length).toFixed(3));
  const high = confidences.filter((s) => s.confidence >= 0.8);
  const low = confidences.filter((s) => s.confidence < 0.5);
  const bins = Array.from({ length: 10 }, (_, b) => {
    const inBin = confidences.filter((s) => s.confidence >= b / 10 && (s.confidence < (b + 1) / 10 || (b === 9 && s.confidence <= 1)));
    const mean = inBin.length === 0 ? 0 : inBin.reduce((sum, s) => sum + s.confidence, 0) / inBin.length;
    return { from: b / 10, to: (b + 1) / 10, links: inBin.length, meanConfidence: Number(mean.toFixed(3)), right: share(inBin, true) };
  });
  return { atLeast08: { links: high.length, right: share(high, true) }, under05: { links: low.length, wrong: share(low, false) }, bins };
}
