import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { GALE_CHURCH, SORANI_ENGLISH, alignSentences, learnWordPairs, parseLexicon, type AlignOptions } from '../shared/align';
import { termBase, type GlossaryEntry } from '../shared/glossary';
import { visibleLength } from '../shared/align/features';
import {
  OTHER_NOTES, articleCase, beadF1, calibrationSplit, demoSource, growingLexiconSets, omissionCases, demoTranslation, largeCase, lexiconText, partnerlessLeftAlone, syntheticCases, ticoCases, typistsErrorCases, udhrCases, type AlignCase, type DocumentCase,
} from './align-data';
import { reliability, samplesOf } from './link-calibration';
import { runWorker, type BenchResult } from './measure';

const SIZES = [1000, 10_000, 100_000];
const PASSAGES_LEFT_OUT = [500, 1500];
/** The omission sets' seeds for the check on notes worded otherwise (the bench's own set is seed 13). */
const HELD_OUT_SEEDS = [101, 202, 303];

/** The length model's ratio and variance as measured on the demo's 1-1 translation. */
function measuredLengthModel(): { ratio: number; variance: number } {
  const pairs = demoSource().map((s, i) => [visibleLength(s), visibleLength(demoTranslation()[i] ?? '')] as const);
  const ratio = pairs.reduce((sum, [, t]) => sum + t, 0) / pairs.reduce((sum, [s]) => sum + s, 0);
  const variance = pairs.reduce((sum, [s, t]) => sum + (t - ratio * s) ** 2 / s, 0) / pairs.length;
  return { ratio: Number(ratio.toFixed(3)), variance: Number(variance.toFixed(2)) };
}

/** Strict bead F1, and the mean confidence of the links that are right (what the editor colours by). */
function scoreOf(input: AlignCase, options: AlignOptions): { f1: number; confidence: number } {
  const links = alignSentences(input.source, input.target, options);
  const gold = new Set(input.gold.map((bead) => `${bead.source.join(',')}|${bead.target.join(',')}`));
  const right = links.filter((link) => gold.has(`${link.source.join(',')}|${link.target.join(',')}`) && link.source.length > 0 && link.target.length > 0);
  return {
    f1: Number(beadF1(links, input.gold).f1.toFixed(4)),
    confidence: Number((right.reduce((sum, link) => sum + link.score, 0) / Math.max(1, right.length)).toFixed(3)),
  };
}

/**
 * Strict bead F1 of Pird's aligner (with its length model learned from each document pair, and
 * with the fixed Sorani-English model as before; with and without its lexicon) against plain
 * length-based alignment: Gale and Church's own parameters for the UDHR's other languages.
 */
function quality() {
  const lexicon = parseLexicon(lexiconText());
  const glossary = JSON.parse(readFileSync(new URL('../corpus/demo/glossary.json', import.meta.url), 'utf8')) as { entries: GlossaryEntry[] };
  const terms = termBase(glossary.entries);
  return [articleCase(), ...syntheticCases(), largeCase(1000, 3), ...ticoCases(), ...omissionCases(), ...udhrCases()].map((input) => {
    const sorani = input.otherLanguage === undefined;
    const resources: AlignOptions = sorani ? { lexicon, termBase: terms } : {};
    const lengthOnly = scoreOf(input, { lengthOnly: true, model: sorani ? SORANI_ENGLISH : GALE_CHURCH }).f1;
    const pird = scoreOf(input, resources);
    const fixedModel = scoreOf(input, { ...resources, model: SORANI_ENGLISH }).f1;
    const noLexicon = sorani ? scoreOf(input, { termBase: terms }) : undefined;
    return {
      test: input.name, beads: input.gold.length, pird: pird.f1, pirdFixedLengthModel: fixedModel, pirdNoLexicon: noLexicon?.f1 ?? null, lengthOnly,
      notBelowLengthOnly: pird.f1 >= lengthOnly, confidenceOfRightLinks: pird.confidence, confidenceNoLexicon: noLexicon?.confidence ?? null,
    };
  });
}

/**
 * How the link confidence holds on alignments it was not fitted on (`calibrationSplit().judged`):
 * the share right among links scored at least 0.8 and the share wrong under 0.5, and a reliability
 * diagram (the share right per tenth of confidence) drawn to bench/results as SVG.
 */
function calibration(): Array<Record<string, string | number | boolean | null>> {
  const { judged } = calibrationSplit();
  const held = reliability(judged.flatMap(samplesOf));
  const date = new Date().toISOString().slice(0, 10);
  const results = new URL('./results/', import.meta.url);
  mkdirSync(results, { recursive: true });
  writeFileSync(new URL(`align-reliability-${date}-${process.platform}-${process.arch}-${cpus().length}core.svg`, results), reliabilityDiagram(held.bins));
  return [
    { test: `confidence at least 0.8: share right (${judged.length} judged alignments)`, links: held.atLeast08.links, share: held.atLeast08.right, target: '≥ 0.97', met: held.atLeast08.right >= 0.97 },
    { test: 'confidence under 0.5: share wrong', links: held.under05.links, share: held.under05.wrong, target: '> 0.5', met: held.under05.wrong > 0.5 },
    ...held.bins.map((bin) => ({ test: `confidence ${bin.from.toFixed(1)}-${bin.to.toFixed(1)}`, links: bin.links, meanConfidence: bin.meanConfidence, share: bin.right })),
  ];
}

/** The share right against the mean confidence per tenth, beside the diagonal of perfect calibration; each dot's area by its links. */
function reliabilityDiagram(bins: ReadonlyArray<{ links: number; meanConfidence: number; right: number }>): string {
  const size = 320;
  const margin = 40;
  const x = (value: number): number => margin + value * size;
  const y = (value: number): number => margin + (1 - value) * size;
  const most = Math.max(1, ...bins.map((bin) => bin.links));
  const dots = bins.filter((bin) => bin.links > 0).map((bin) =>
    `<circle cx="${x(bin.meanConfidence).toFixed(1)}" cy="${y(bin.right).toFixed(1)}" r="${(3 + 12 * Math.sqrt(bin.links / most)).toFixed(1)}" fill="#2b6cb0" fill-opacity="0.6"><title>${bin.links} links, confidence ${bin.meanConfidence}, right ${bin.right}</title></circle>`);
  const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((t) =>
    `<text x="${x(t)}" y="${margin + size + 16}" text-anchor="middle">${t}</text><text x="${margin - 8}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${t}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size + 2 * margin}" height="${size + 2 * margin + 10}" font-family="sans-serif" font-size="11">
<rect x="${margin}" y="${margin}" width="${size}" height="${size}" fill="none" stroke="#999"/>
<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#999" stroke-dasharray="4 4"/>
${ticks.join('\n')}
${dots.join('\n')}
<text x="${margin + size / 2}" y="${size + 2 * margin + 6}" text-anchor="middle">link confidence (mean per tenth)</text>
<text x="12" y="${margin + size / 2}" text-anchor="middle" transform="rotate(-90 12 ${margin + size / 2})">share of links right</text>
<text x="${margin}" y="${margin - 12}">Pird link confidence on held-out alignments: reliability</text>
</svg>
`;
}

/** Of the sentences with no partner in the omission sets (left out on one side, or a note or heading added), how many the aligner leaves alone. */
function omissions(): Array<Record<string, string | number | boolean | null>> {
  const lexicon = parseLexicon(lexiconText());
  const align = (input: AlignCase) => alignSentences(input.source, input.target, { lexicon });
  const { lone, found } = partnerlessLeftAlone(align);
  const heldOut = partnerlessLeftAlone(align, HELD_OUT_SEEDS.flatMap((seed) => omissionCases(seed, OTHER_NOTES)));
  const typists = typistsErrorCases();
  const typistsF1 = typists.reduce((sum, input) => sum + beadF1(alignSentences(input.source, input.target, { lexicon }), input.gold).f1, 0) / typists.length;
  return [
    { test: 'omission sets: sentences with no partner left alone (the rest glued to a neighbour)', links: lone, found, share: Number((found / Math.max(1, lone)).toFixed(3)) },
    {
      test: `omission sets on other seeds (${HELD_OUT_SEEDS.join(', ')}), notes and headings worded otherwise: sentences with no partner left alone`,
      links: heldOut.lone, found: heldOut.found, share: Number((heldOut.found / Math.max(1, heldOut.lone)).toFixed(3)),
    },
    { test: 'omission sets with a fifth of the final stops forgotten (typists\' errors): mean strict bead F1', pird: Number(typistsF1.toFixed(4)) },
  ];
}

/** Confirmed units learned from, per point of the learning curve (all: every real pair of the other documents, about 1,300). */
const LEARNED_FROM = [0, 100, 1000, Infinity];

/**
 * How strict bead F1 rises with the word pairs learned from confirmed units (`learnWordPairs`):
 * each TICO-19 set aligned with the pairs learned from the first N units of the other documents,
 * with the general lexicon and without it (as for a domain or a language pair it does not cover).
 */
function growingLexicon(): Array<Record<string, string | number | boolean | null>> {
  const { short, long, confirmed } = growingLexiconSets();
  const generalLexicon = parseLexicon(lexiconText());
  const rows: Array<Record<string, string | number | boolean | null>> = [];
  for (const withLexicon of [true, false]) {
    const lexicon = withLexicon ? { lexicon: generalLexicon } : {};
    const learned = new Map<string, ReadonlyMap<string, readonly string[]>>();
    const pairsFor = (document: string, most: number): ReadonlyMap<string, readonly string[]> => {
      const key = `${document}|${most}`;
      let pairs = learned.get(key);
      if (!pairs) learned.set(key, (pairs = learnWordPairs(confirmed.filter((unit) => unit.document !== document).slice(0, most), lexicon)));
      return pairs;
    };
    for (const most of LEARNED_FROM) {
      const meanF1 = (cases: readonly DocumentCase[]): number => cases.reduce((sum, input) => {
        const wordPairs = most === 0 ? {} : { wordPairs: pairsFor(input.document, most) };
        return sum + beadF1(alignSentences(input.source, input.target, { ...lexicon, ...wordPairs }), input.gold).f1;
      }, 0) / cases.length;
      const units = most === Infinity ? 'all (about 1,300)' : most;
      rows.push({
        test: `growing lexicon, ${withLexicon ? 'with' : 'without'} the general lexicon: pairs learned from ${units} confirmed units of the other documents`,
        units, shortF1: Number(meanF1(short).toFixed(4)), longF1: Number(meanF1(long).toFixed(4)),
      });
    }
  }
  return rows;
}

function speed() {
  return SIZES.map((size) => runWorker(new URL('./align-speed.ts', import.meta.url), [String(size)]) as Record<string, number>);
}

export function benchAlign(): BenchResult {
  const model = measuredLengthModel();
  const rows: Array<Record<string, string | number | boolean | null>> = [...quality(), ...omissions(), ...growingLexicon(), ...calibration()];
  const timings = speed();
  for (const [index, timing] of timings.entries()) {
    const previous = timings[index - 1];
    rows.push({
      test: `speed: ${timing['size']} x ${timing['size']} (built from the article, one process each)`,
      ms: timing['ms'] ?? null, f1: timing['f1'] ?? null, peakRssMb: timing['peakRssMb'] ?? null,
      growthPerTenfold: previous ? Number(((timing['ms'] ?? 0) / (previous['ms'] ?? 1)).toFixed(1)) : null,
    });
  }
  for (const leftOut of PASSAGES_LEFT_OUT) {
    const timing = runWorker(new URL('./align-speed.ts', import.meta.url), ['10000', String(leftOut)]) as Record<string, number>;
    rows.push({
      test: `speed: 10000 x 10000 with a passage of ${leftOut} sentences left out of the translation (the band widens only around it)`,
      ms: timing['ms'] ?? null, f1: timing['f1'] ?? null, peakRssMb: timing['peakRssMb'] ?? null,
    });
  }
  return {
    bench: 'align',
    input: `strict bead F1 on the demo article (publisher-style English, ${articleCase().gold.length} gold beads), synthetic `
      + 'changes of the demo translation, a 1,000-sentence document, the real TICO-19 translations (also with omissions and added notes) and the UDHR in six languages beside English '
      + `(perturbed: sentences dropped, merged and split at random); then time and peak memory for ${SIZES.join(', ')} `
      + `sentences per side (targets: 10k < 2 s, 100k < 30 s, < 1 GB), and for 10,000 with a passage of ${PASSAGES_LEFT_OUT.join(' or ')} left out of the translation. Length model measured on the demo: ratio ${model.ratio}, variance ${model.variance}.`,
    rows,
  };
}
