// Translation memory: the fuzzy match score, word-by-word differences, number adaptation.
export { TOKEN_WEIGHT, sameStem, sameWord, tmTokens, wordStemIds, wordStems, type TmToken, type TmTokenKind } from './tokens';
export {
  INFLECTION_COST, MATCH_BANDS, NUMBER_CHANGE_COST, compareSentences, contextScore, matchBand, similarity, type Comparison, type DiffKind, type DiffOp, type MatchBand,
} from './similarity';
export { adaptNumbers, type AdaptedTarget } from './adapt';
export {
  DEFAULT_PENALTIES, MEMORY_KINDS, contextOf, indexTermsOf, indexedForm, memoryEntryOf, memoryKindOf, queryWords, rankMatches,
  type MatchPenalties, type MemoryEntry, type MemoryKind, type RankOptions, type TmMatch,
} from './memory';
export { concordanceSide, englishSpans, englishTerms, findQuery, type ConcordanceSide } from './concordance';
