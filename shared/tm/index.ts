// Translation memory: the fuzzy match score, word-by-word differences, number adaptation.
export {
  TOKEN_WEIGHT, decodeTokens, encodeTokens, sameStem, sameWord, tmTokens, wordStemIds, wordStems, type ScoringToken, type TmToken, type TmTokenKind,
} from './tokens';
export {
  INFLECTION_COST, MATCH_BANDS, NUMBER_CHANGE_COST, compareSentences, contextScore, matchBand, prepareSentence, scoreAtLeast, sentenceWeight, similarity, type Comparison, type DiffKind, type DiffOp, type MatchBand, type PreparedSentence,
} from './similarity';
export { adaptNumbers, type AdaptedTarget } from './adapt';
export {
  DEFAULT_PENALTIES, MEMORY_KINDS, contextOf, indexTermsOf, indexedForm, memoryEntryOf, memoryKindOf, queryWords, queryWordsOf, rankMatches, sentenceDigest, termsOf, tokensDigest,
  type IndexedForm, type MatchPenalties, type MemoryEntry, type MemoryKind, type RankOptions, type TmMatch,
} from './memory';
export { concordanceSide, englishSpans, englishTerms, findQuery, sideTerms, soraniSpans, type ConcordanceSide } from './concordance';
export { learnedCounterparts } from './word-pairs';
