import { BoundedCache, FoldedDigest, isBlank, matchingKeyDigest } from '../text';
import type { QaIssue, QaSegment } from './types';

/**
 * For each source (by the digest of its matching key), its translations (by digest), each with
 * the first place that uses it; and for each translation, its sources. Built once per document,
 * read per segment. A place is a segment of this document (0, 1, ...) or a row of `elsewhere`
 * (-1, -2, ...); this document's segments go in first, so they are named first.
 */
export interface ConsistencyIndex {
  readonly bySource: Pairing;
  readonly byTarget: Pairing;
  readonly elsewhere: TranslationsElsewhere | undefined;
  /** The segments indexed and their digests (NaN where not translated), so that checking them again reads rather than recomputes. */
  readonly segments: readonly QaSegment[];
  readonly digests: TranslationDigests;
}

/**
 * The project's other documents as the check needs them: digests of keys rather than texts, so a
 * large project costs a few numbers per segment. Plain data: it crosses IPC and HTTP as JSON.
 */
export interface TranslationsElsewhere {
  readonly documents: readonly string[];
  /** One row per translated segment: [source key digest, target key digest, document index, segment index]. */
  readonly rows: ReadonlyArray<readonly [number, number, number, number]>;
}

/**
 * Source digests by text, kept from one index to the next (the editor rebuilds the index after
 * edits, and almost every source is unchanged); bounded, so a long session does not grow it
 * without end.
 */
const SOURCE_DIGESTS = new BoundedCache<string, number>(200_000, matchingKeyDigest);
const sourceDigestOf = (text: string): number => SOURCE_DIGESTS.get(text);

/** A translation's key is its text with white space folded and trimmed, in lower case. */
function targetDigest(text: string): number {
  const digest = new FoldedDigest();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) digest.add(code + 0x20);
    else if (code < 0x80) digest.add(code);
    else digest.add(String.fromCharCode(code).toLowerCase().charCodeAt(0));
  }
  return digest.value();
}

/** Both sides have text: only such pairs say how a source is translated. */
const isTranslated = (segment: QaSegment): boolean => !isBlank(segment.target) && !isBlank(segment.source);

/** No place: a pairing seen only once has no second place. */
const NO_PLACE = Number.NEGATIVE_INFINITY;

/**
 * For each key, the values seen with it and the first two places of each (two, so that a
 * segment checked against its own earlier version still finds another place). Almost every key
 * has one value: that one is kept flat, and a map of its own is made only for a second value.
 */
class Pairing {
  /**
   * Per key, its slot in `firstValues` and the place arrays (plus one; 0 is empty), found by open
   * addressing on the key's low bits: digests are not small integers, and as keys of a `Map`
   * each would be a boxed number.
   */
  private keys = new Float64Array(1024);
  private slots = new Int32Array(1024);
  private readonly firstValues: number[] = [];
  private readonly firstPlaces: number[] = [];
  private readonly secondPlaces: number[] = [];
  private readonly moreValues = new Map<number, Map<number, [number, number]>>();

  note(key: number, value: number, place: number): void {
    const at = this.find(key);
    const slot = (this.slots[at] ?? 0) - 1;
    if (slot < 0) {
      this.firstValues.push(value);
      this.firstPlaces.push(place);
      this.secondPlaces.push(NO_PLACE);
      this.keys[at] = key;
      this.slots[at] = this.firstValues.length;
      if (this.firstValues.length * 2 > this.slots.length) this.grow();
      return;
    }
    if (this.firstValues[slot] === value) {
      if (this.secondPlaces[slot] === NO_PLACE) this.secondPlaces[slot] = place;
      return;
    }
    let more = this.moreValues.get(key);
    if (!more) this.moreValues.set(key, (more = new Map()));
    const places = more.get(value);
    if (!places) more.set(value, [place, NO_PLACE]);
    else if (places[1] === NO_PLACE) places[1] = place;
  }

  /** The first place, but `self`, where `key` goes with a value other than `own`, if any. */
  firstOther(key: number, own: number, self: number): number | undefined {
    const slot = (this.slots[this.find(key)] ?? 0) - 1;
    if (slot < 0) return undefined;
    if (this.firstValues[slot] !== own) {
      const place = placeBut(self, this.firstPlaces[slot] ?? NO_PLACE, this.secondPlaces[slot] ?? NO_PLACE);
      if (place !== undefined) return place;
    }
    const more = this.moreValues.get(key);
    if (more) {
      for (const [value, [first, second]] of more) {
        const place = value === own ? undefined : placeBut(self, first, second);
        if (place !== undefined) return place;
      }
    }
    return undefined;
  }

  /** Where `key` is, or the empty place where it would go. */
  private find(key: number): number {
    const mask = this.slots.length - 1;
    let at = (key >>> 0) & mask;
    while (this.slots[at] !== 0 && this.keys[at] !== key) at = (at + 1) & mask;
    return at;
  }

  private grow(): void {
    const { keys, slots } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.slots = new Int32Array(slots.length * 2);
    for (let at = 0; at < slots.length; at++) {
      if (slots[at] === 0) continue;
      const place = this.find(keys[at] ?? 0);
      this.keys[place] = keys[at] ?? 0;
      this.slots[place] = slots[at] ?? 0;
    }
  }
}

export function consistencyIndex(segments: readonly QaSegment[], elsewhere?: TranslationsElsewhere): ConsistencyIndex {
  const bySource = new Pairing();
  const byTarget = new Pairing();
  const sources = new Float64Array(segments.length).fill(Number.NaN);
  const targets = new Float64Array(segments.length).fill(Number.NaN);
  segments.forEach((segment, index) => {
    if (!isTranslated(segment)) return;
    const source = (sources[index] = sourceDigestOf(segment.source));
    const target = (targets[index] = targetDigest(segment.target));
    bySource.note(source, target, index);
    byTarget.note(target, source, index);
  });
  elsewhere?.rows.forEach(([source, target], row) => {
    bySource.note(source, target, -1 - row);
    byTarget.note(target, source, -1 - row);
  });
  return { bySource, byTarget, elsewhere, segments, digests: { source: sources, target: targets } };
}

/**
 * A document's segments as digests of their keys, NaN where a side is blank. Sources count even
 * untranslated: the translator is about to type their translation.
 */
export interface TranslationDigests {
  readonly source: Float64Array;
  readonly target: Float64Array;
}

export function translationDigests(segments: Iterable<QaSegment>): TranslationDigests {
  const source: number[] = [];
  const target: number[] = [];
  for (const segment of segments) {
    source.push(isBlank(segment.source) ? Number.NaN : sourceDigestOf(segment.source));
    target.push(isBlank(segment.target) ? Number.NaN : targetDigest(segment.target));
  }
  return { source: Float64Array.from(source), target: Float64Array.from(target) };
}

/**
 * What one document's check needs from the others: the rows whose source or translation also
 * occurs in this document (the rest can never be reported), so the answer stays small.
 */
export function translationsElsewhere(
  own: TranslationDigests,
  others: ReadonlyArray<{ readonly name: string; readonly digests: TranslationDigests }>,
): { documents: string[]; rows: Array<[number, number, number, number]> } {
  const sources = new Set(own.source);
  const targets = new Set(own.target);
  const rows: Array<[number, number, number, number]> = [];
  others.forEach(({ digests }, document) => {
    for (let segment = 0; segment < digests.source.length; segment++) {
      const source = digests.source[segment] ?? Number.NaN;
      const target = digests.target[segment] ?? Number.NaN;
      if (Number.isNaN(source) || Number.isNaN(target)) continue;
      if (sources.has(source) || targets.has(target)) rows.push([source, target, document, segment]);
    }
  });
  return { documents: others.map((other) => other.name), rows };
}

/** The first of two places that is not `self`, if any. */
const placeBut = (self: number, first: number, second: number): number | undefined =>
  first !== self ? first : second !== NO_PLACE ? second : undefined;

/** Params naming a place: its 1-based segment number, and its document when it is another. */
function placeParams(place: number, elsewhere: TranslationsElsewhere | undefined): { other: number; document?: string } {
  if (place >= 0) return { other: place + 1 };
  const [, , document = 0, segment = 0] = elsewhere?.rows[-1 - place] ?? [];
  return { other: segment + 1, document: elsewhere?.documents[document] ?? '' };
}

/**
 * The same source translated differently elsewhere in the document (or, failing that, in another
 * document of the project), and the same translation given to a different source. `at` is the
 * segment's place in the indexed segments, where its digests (if its text is unchanged) or its
 * earlier version are.
 */
export function checkConsistency(segment: QaSegment, consistency: ConsistencyIndex, at = -1): QaIssue[] {
  if (!isTranslated(segment)) return [];
  const issues: QaIssue[] = [];
  const whole: readonly [number, number] = [0, segment.target.length];
  const indexed = at >= 0 ? consistency.segments[at] : undefined;
  const unchanged = indexed !== undefined && indexed.source === segment.source && indexed.target === segment.target;
  const target = unchanged ? (consistency.digests.target[at] ?? Number.NaN) : targetDigest(segment.target);
  const source = unchanged ? (consistency.digests.source[at] ?? Number.NaN) : sourceDigestOf(segment.source);
  // The segment's own place holds its earlier version (the editor checks what is being typed): no other segment.
  const self = at >= 0 ? at : NO_PLACE;
  const differentTarget = consistency.bySource.firstOther(source, target, self);
  if (differentTarget !== undefined) {
    const code = differentTarget >= 0 ? 'inconsistent-target' : 'inconsistent-target-elsewhere';
    issues.push({ check: 'consistency', code, severity: 'warning', target: whole, params: placeParams(differentTarget, consistency.elsewhere) });
  }
  const differentSource = consistency.byTarget.firstOther(target, source, self);
  if (differentSource !== undefined) {
    const code = differentSource >= 0 ? 'shared-target' : 'shared-target-elsewhere';
    issues.push({ check: 'consistency', code, severity: 'info', target: whole, params: placeParams(differentSource, consistency.elsewhere) });
  }
  return issues;
}
