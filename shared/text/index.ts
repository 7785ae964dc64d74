// The Sorani/English language core: the one public face of shared/text.
export { type Span, sliceSpan, trimSpan } from './span';
export { allMatches } from './all-matches';
export { BoundedCache, BoundedSpanCache } from './bounded-cache';
export { SpanInterner } from './span-interner';
export { isBlank, isSpace, leadingSpace, trailingSpace, trimmedLength } from './blank';
export {
  type DigitScript, bmpClassTable, digitValue, isArabicLetter, isLatinLetter, isWhitespace,
} from './chars';
export { type Normalized, type NormalizationLevel, displayText, matchingKey, matchingKeyDigest, normalize, toSourceSpan } from './normalize';
export { Digest, FoldedDigest, digestOf } from './digest';
export { type Token, type TokenKind, type TokenScript, countWords, tokenize, words } from './tokenize';
export {
  type Segment, type Sentence, type SegmentOptions, SegmentationRuleError, compileRules, detectLanguage,
  segment, sentences,
} from './segment';
export {
  type SegmentLanguage, type SegmentationRule, type SegmentationRules, DEFAULT_SEGMENTATION_RULES,
  withUserRules,
} from './segmentation-rules';
export { type StemCandidate, type StemOptions, type StemResult, LIGHT_VERB_ENDINGS, STEM_PREFIXES, stem, stemBases, stemCandidates } from './stem';
export {
  type NumberMention, type ParsedNumber, convertDigits, findNumbers, hasDigit, parseNumber, plainDigitsValue, sameNumber,
} from './numerals';
export { englishNumberWords, findNumberWords, soraniNumberWords, type WordNumber } from './number-words';
export { findQuantities, mayBeIdentifier, type Quantity, type QuantityKind } from './quantities';
export { nameSimilarity, nameSkeleton, romanize, toHawar } from './transliterate';
export { type BidiRun, bidiRuns } from './bidi-runs';
export { type WordRun, WordSpans, scanWordRuns, wordRuns } from './word-runs';
export { ENGLISH_MONTHS, findDates, type DateMention } from './dates';
export { FINAL_KEY_LETTER, INNER_KEY_LETTER } from './key-letters';
