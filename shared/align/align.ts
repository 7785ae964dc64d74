import { anchorCentres, anchorChain, bandAround, keepingBeads, widenAround, type Band } from './band';
import { bandSearch, type DpRange, type RawBead, type ScoringWeights } from './dp';
import { KeyTable, englishFeatures, lengthFeatures, readSorani, renderSorani, sentenceBlocks, type AlignmentResources, type SideFeatures } from './features';
import { learnDictionary } from './learn';
import { linkConfidence, linkFeatures, rawBeadScore } from './link-confidence';
import { SORANI_ENGLISH, estimateLengthModel, ratioOfTotals, type LengthModel } from './length-model';

/** Sentences of the source and of the target that translate each other; indices are 0-based. */
export interface AlignLink {
  readonly source: readonly number[];
  readonly target: readonly number[];
  /** Confidence in [0, 1]; a link the user confirmed has 1. */
  readonly score: number;
}

export interface FixedLink {
  readonly source: readonly number[];
  readonly target: readonly number[];
}

export interface AlignOptions extends AlignmentResources {
  /** Links a person confirmed: kept as they are, and only the stretches between them are aligned. */
  readonly fixed?: readonly FixedLink[];
  /**
   * A length model to use as it is. Without one, the model is learned from the document pair
   * itself (the ratio of its lengths for the first pass, then the first pass's 1-1 links and the
   * confirmed links), with the Sorani-English model as the prior a short document keeps to.
   */
  readonly model?: LengthModel;
  /** Lengths only (Gale and Church): the baseline the benchmarks compare with. */
  readonly lengthOnly?: boolean;
  /** Learn a dictionary from the confident beads of a first pass and align again (default on). */
  readonly secondPass?: boolean;
  /** Half-width of the first band tried around the anchors' diagonal. */
  readonly bandWidth?: number;
  /** Paragraph number of each sentence, per side, where known: paragraphs usually correspond. */
  readonly paragraphs?: { readonly source?: readonly number[]; readonly target?: readonly number[] };
  /** Tuning knobs, for the benchmarks. */
  readonly weights?: Partial<Omit<ScoringWeights, 'model'>>;
}

/** How far an alignment is: rows of its dynamic programmes filled, of those it expects (each pass counts every source sentence). */
export interface AlignProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * An alignment that stops now and then to say how far it is (every `ROWS_PER_STEP` rows of a
 * programme): run to its end at once (`runToEnd`), or with other work let in between (`runPaced`).
 */
export type AlignSteps<T> = Generator<AlignProgress, T, void>;

/** Rows of a dynamic programme filled between two steps: about 30 ms on a long document. */
const ROWS_PER_STEP = 2_000;

/** Runs an alignment's steps to the end in one go. */
export function runToEnd<T>(steps: AlignSteps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs an alignment's steps, calling `between` after each (awaited when it answers a promise): to report progress, let other work run, or stop (by throwing). */
export async function runPaced<T>(steps: AlignSteps<T>, between: (progress: AlignProgress) => Promise<void> | undefined): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    const pause = between(next.value);
    if (pause) await pause;
  }
}

/** Rows filled so far, never past the end of the pass under way. */
class RowCounter {
  done = 0;
  private passEnd = 0;

  constructor(private readonly rowsPerPass: number, readonly total: number) {}

  startPass(): void {
    this.passEnd = Math.min(this.total, this.passEnd + this.rowsPerPass);
  }

  add(rows: number): AlignProgress {
    this.done = Math.min(this.passEnd, this.done + rows);
    return { done: this.done, total: this.total };
  }

  endPass(): void {
    this.done = this.passEnd;
  }
}

export class AlignInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AlignInputError';
  }
}

const DEFAULT_WEIGHTS = { lexical: 4, evidenceFloor: 8, acrossParagraphs: 2.5, straySentence: 2 };
const FIRST_BAND = 20;
/** The narrowest first band, however dense the anchors. */
const MIN_FIRST_BAND = 6;
/**
 * Below this many cells (about 200 sentences a side) the first pass searches the whole matrix;
 * above, a band around the anchors. The second pass always keeps to a narrow band around the
 * first pass's path: searching the whole matrix of a 300-sentence pair twice cost 215 ms where
 * the bands cost 80, for the same links on every bench set.
 */
const FULL_SEARCH_CELLS = 40_000;

function checkFixed(fixed: readonly FixedLink[], sourceCount: number, targetCount: number): void {
  let nextSource = 0;
  let nextTarget = 0;
  for (const [index, link] of fixed.entries()) {
    if (link.source.length + link.target.length === 0) throw new AlignInputError(`confirmed link ${index} is empty`);
    for (const [side, indices, next, count] of [
      ['source', link.source, nextSource, sourceCount], ['target', link.target, nextTarget, targetCount],
    ] as const) {
      for (const [k, value] of indices.entries()) {
        if (!Number.isInteger(value) || value < next || value >= count || (k > 0 && value !== (indices[k - 1] ?? 0) + 1)) {
          throw new AlignInputError(`confirmed link ${index}: ${side} sentences must be consecutive, in order, within 0..${count - 1}, and not overlap other links`);
        }
      }
    }
    if (link.source.length > 0) nextSource = (link.source[link.source.length - 1] ?? 0) + 1;
    if (link.target.length > 0) nextTarget = (link.target[link.target.length - 1] ?? 0) + 1;
  }
}

const range = (start: number, end: number): number[] => Array.from({ length: end - start }, (_, k) => start + k);

const GUIDED_BAND = 3;

/**
 * What the second pass follows: the first pass's path, and the links of it that it keeps as they
 * are, so that it decides again only the stretches between them.
 */
interface Guide {
  readonly path: readonly RawBead[];
  readonly kept: readonly RawBead[];
}

/**
 * Aligns one stretch with no confirmed link inside, widening the band until the path leaves its
 * edges. The band follows the anchors, or the path of a first pass when there is one (`guide`).
 */
function* alignStretch(
  source: SideFeatures, target: SideFeatures, keyCount: number, stretch: DpRange, weights: ScoringWeights, bandWidth: number,
  guide: Guide | undefined, rows: RowCounter,
): AlignSteps<RawBead[]> {
  const n = stretch.sourceEnd - stretch.sourceStart;
  const m = stretch.targetEnd - stretch.targetStart;
  if (n === 0 || m === 0) {
    return [
      ...range(stretch.sourceStart, stretch.sourceEnd).map((s) => ({ sourceStart: s, sourceEnd: s + 1, targetStart: stretch.targetStart, targetEnd: stretch.targetStart, lengthProbability: 0, evidence: 0, matched: 0 })),
      ...range(stretch.targetStart, stretch.targetEnd).map((t) => ({ sourceStart: stretch.sourceEnd, sourceEnd: stretch.sourceEnd, targetStart: t, targetEnd: t + 1, lengthProbability: 0, evidence: 0, matched: 0 })),
    ];
  }
  const inStretch = (bead: RawBead): boolean =>
    bead.sourceStart >= stretch.sourceStart && bead.sourceEnd <= stretch.sourceEnd && bead.targetStart >= stretch.targetStart && bead.targetEnd <= stretch.targetEnd;
  const points = guide
    ? guide.path.filter(inStretch).map((bead) => [bead.sourceEnd - stretch.sourceStart, bead.targetEnd - stretch.targetStart] as const)
    : anchorCentres(weights.lexical > 0 ? anchorChain(source, target, keyCount, stretch) : [])
      .map(([x, y]) => [x - stretch.sourceStart, y - stretch.targetStart] as const);
  const kept = (guide?.kept ?? []).filter(inStretch).map((bead) => [
    bead.sourceStart - stretch.sourceStart, bead.targetStart - stretch.targetStart, bead.sourceEnd - stretch.sourceStart, bead.targetEnd - stretch.targetStart,
  ] as const);
  const widest = Math.max(n, m);
  const widths = new Int32Array(n + 1).fill(guide ? GUIDED_BAND : (n + 1) * (m + 1) <= FULL_SEARCH_CELLS ? widest : anchoredWidth(points, n, bandWidth));
  for (;;) {
    const band: Band = bandAround(points, n, m, widths);
    const search = bandSearch(source, target, stretch, kept.length > 0 ? keepingBeads(band, kept) : band, keyCount, weights);
    for (let filled = search.advance(ROWS_PER_STEP); filled > 0; filled = search.advance(ROWS_PER_STEP)) yield rows.add(filled);
    const result = search.result();
    if (!widenAround(widths, result.edgeRows, widest)) return result.beads;
  }
}

/**
 * The first band's half-width where anchors are dense: between two anchors the path strays by
 * at most about the sentences between them, so a band a little wider than the usual gap (the
 * 90th percentile) holds it; where anchors are sparse, `widest` as asked. The band still doubles
 * wherever the path runs along its edge.
 */
function anchoredWidth(points: ReadonlyArray<readonly [number, number]>, n: number, widest: number): number {
  if (points.length < 2) return widest;
  const gaps = points.map(([x], k) => x - (k === 0 ? 0 : (points[k - 1]?.[0] ?? 0)));
  gaps.push(n - (points[points.length - 1]?.[0] ?? 0));
  gaps.sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length * 0.9)] ?? widest;
  return Math.max(MIN_FIRST_BAND, Math.min(widest, Math.ceil(usual) + 4));
}

function* alignWithFeatures(
  source: SideFeatures, target: SideFeatures, keyCount: number, fixed: readonly FixedLink[], weights: ScoringWeights, bandWidth: number,
  rows: RowCounter, guide?: Guide,
): AlignSteps<Array<{ bead: RawBead; fixed: boolean }>> {
  rows.startPass();
  const beads: Array<{ bead: RawBead; fixed: boolean }> = [];
  let s = 0;
  let t = 0;
  for (const link of [...fixed, undefined]) {
    const sourceStart = link ? (link.source[0] ?? s) : source.count;
    const targetStart = link ? (link.target[0] ?? t) : target.count;
    const stretch = { sourceStart: s, sourceEnd: sourceStart, targetStart: t, targetEnd: targetStart };
    for (const bead of yield* alignStretch(source, target, keyCount, stretch, weights, bandWidth, guide, rows)) beads.push({ bead, fixed: false });
    if (!link) break;
    s = sourceStart + link.source.length;
    t = targetStart + link.target.length;
    beads.push({ bead: { sourceStart, sourceEnd: s, targetStart, targetEnd: t, lengthProbability: 1, evidence: 0, matched: 0 }, fixed: true });
  }
  rows.endPass();
  return beads;
}

/**
 * Aligns Sorani sentences with English ones: every sentence of both sides ends up in exactly one
 * link, in order. Lengths, shared evidence (lexicon, glossary, numbers, names, identical tokens,
 * punctuation) and, in a second pass, a dictionary learned from the first pass's confident links
 * decide; confirmed links are kept as they are.
 */
export function alignSentences(source: readonly string[], target: readonly string[], options: AlignOptions = {}): AlignLink[] {
  return runToEnd(alignSentenceSteps(source, target, options));
}

/** `alignSentences` in steps, for a caller that reports its progress or lets other work run meanwhile. */
export function* alignSentenceSteps(source: readonly string[], target: readonly string[], options: AlignOptions = {}): AlignSteps<AlignLink[]> {
  return (yield* alignStepsWithEvidence(source, target, options)).map(({ link }) => link);
}

/** A link with the features its confidence was read from (`linkFeatures`), for fitting that reading. */
export interface LinkWithEvidence {
  readonly link: AlignLink;
  readonly features: readonly number[];
}

/** `alignSentences`, each link with its features. */
export function alignWithEvidence(source: readonly string[], target: readonly string[], options: AlignOptions = {}): LinkWithEvidence[] {
  return runToEnd(alignStepsWithEvidence(source, target, options));
}

function* alignStepsWithEvidence(source: readonly string[], target: readonly string[], options: AlignOptions): AlignSteps<LinkWithEvidence[]> {
  const fixed = options.fixed ?? [];
  checkFixed(fixed, source.length, target.length);
  const prior = options.model ?? SORANI_ENGLISH;
  let weights: ScoringWeights = {
    model: prior,
    lexical: options.lengthOnly ? 0 : (options.weights?.lexical ?? DEFAULT_WEIGHTS.lexical),
    evidenceFloor: options.weights?.evidenceFloor ?? DEFAULT_WEIGHTS.evidenceFloor,
    acrossParagraphs: options.weights?.acrossParagraphs ?? DEFAULT_WEIGHTS.acrossParagraphs,
    straySentence: options.lengthOnly ? 0 : (options.weights?.straySentence ?? DEFAULT_WEIGHTS.straySentence),
  };
  const bandWidth = Math.max(4, options.bandWidth ?? FIRST_BAND);
  const passes = options.lengthOnly || options.secondPass === false ? 1 : 2;
  const rows = new RowCounter(source.length + 1, passes * (source.length + 1));
  if (options.lengthOnly) {
    const [sourceLengths, targetLengths] = [lengthFeatures(source, options.paragraphs?.source), lengthFeatures(target, options.paragraphs?.target)];
    return withConfidence(yield* alignWithFeatures(sourceLengths, targetLengths, 0, fixed, weights, bandWidth, rows), sourceLengths, targetLengths);
  }
  const resources: AlignmentResources = options;
  const table = new KeyTable();
  const sourceParagraphs = sentenceBlocks(source, options.paragraphs?.source);
  const targetParagraphs = sentenceBlocks(target, options.paragraphs?.target);
  const sorani = readSorani(source, table, resources, sourceParagraphs);
  const firstSource = renderSorani(sorani, table, resources, sourceParagraphs);
  const targetFeatures = englishFeatures(target, table, targetParagraphs);
  const learnsLengths = options.model === undefined;
  const confirmedPairs = learnsLengths ? lengthPairs(firstSource, targetFeatures, fixed.filter((link) => link.source.length === 1 && link.target.length === 1).map((link) => [link.source[0] ?? 0, link.target[0] ?? 0])) : [];
  // The first pass with the document's own ratio; the second with the ratio and variance of the first pass's links.
  if (learnsLengths) {
    const ratio = ratioOfTotals(total(firstSource.chars), total(targetFeatures.chars), Math.min(source.length, target.length), prior);
    weights = { ...weights, model: { ...weights.model, ratio } };
  }
  let beads = yield* alignWithFeatures(firstSource, targetFeatures, table.size, fixed, weights, bandWidth, rows);
  if (options.secondPass !== false) {
    const firstPass = beads.filter((b) => !b.fixed).map((b) => b.bead);
    const confident = beads.filter((b) => !b.fixed && rawBeadScore(b.bead) >= 0.6).map((b) => b.bead);
    const learned = learnDictionary(confident, source, target, resources);
    // The first pass's 1-1 links are mostly right: the document's own lengths, from many more pairs than the anchors.
    const model = learnsLengths
      ? estimateLengthModel([...lengthPairs(firstSource, targetFeatures, firstPass.filter(isOneToOne).map((bead) => [bead.sourceStart, bead.targetStart])), ...confirmedPairs], prior)
      : weights.model;
    if (learned.size > 0 || model !== weights.model) {
      weights = { ...weights, model };
      // The English side's keys stay as they are; the Sorani side gains the learned translations.
      const sourceFeatures = learned.size > 0 ? renderSorani(sorani, table, { ...resources, learned }, sourceParagraphs) : firstSource;
      beads = yield* alignWithFeatures(sourceFeatures, targetFeatures, table.size, fixed, weights, bandWidth, rows, { path: firstPass, kept: anchoredLinks(firstPass, firstSource, targetFeatures, table.size) });
    }
  }
  return withConfidence(beads, firstSource, targetFeatures);
}

/**
 * The first pass's 1-1 links that a number, a name or a word found in no other sentence of either
 * side ties together, and that it was sure of: what the second pass's learned words and lengths
 * would not undo. (A link sure by its shared words alone may belong to a run shifted by one, which
 * the second pass puts right.)
 */
function anchoredLinks(firstPass: readonly RawBead[], source: SideFeatures, target: SideFeatures, keyCount: number): RawBead[] {
  const anchors = new Set(anchorChain(source, target, keyCount, { sourceStart: 0, sourceEnd: source.count, targetStart: 0, targetEnd: target.count })
    .map((point) => point.source * (target.count + 1) + point.target));
  return firstPass.filter((bead) => isOneToOne(bead) && rawBeadScore(bead) >= KEPT_LINK && anchors.has(bead.sourceStart * (target.count + 1) + bead.targetStart));
}

/** How sure the first pass must be of an anchored link for the second to keep it. */
const KEPT_LINK = 0.6;

const total = (chars: Float64Array): number => chars.reduce((sum, n) => sum + n, 0);

const isOneToOne = (bead: RawBead): boolean => bead.sourceEnd - bead.sourceStart === 1 && bead.targetEnd - bead.targetStart === 1;

/** The visible lengths of sentence pairs, as `estimateLengthModel` reads them. */
function lengthPairs(source: SideFeatures, target: SideFeatures, pairs: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  return pairs.map(([s, t]) => [source.chars[s] ?? 0, target.chars[t] ?? 0] as const);
}

/** The links of the beads, each scored by the calibrated probability that it is right (a confirmed one: 1). */
function withConfidence(beads: ReadonlyArray<{ bead: RawBead; fixed: boolean }>, source: SideFeatures, target: SideFeatures): LinkWithEvidence[] {
  const raw = beads.map((b) => b.bead);
  const fixed = beads.map((b) => b.fixed);
  // One side empty leaves no other alignment.
  const forced = source.count === 0 || target.count === 0;
  return beads.map(({ bead }, k) => {
    const features = linkFeatures(raw, fixed, k, source.chars, target.chars);
    return {
      link: {
        source: range(bead.sourceStart, bead.sourceEnd),
        target: range(bead.targetStart, bead.targetEnd),
        score: fixed[k] ? 1 : forced ? 0.99 : Math.round(linkConfidence(features) * 100) / 100,
      },
      features,
    };
  });
}
