export {
  AlignInputError, alignSentenceSteps, alignSentences, alignWithEvidence, runPaced, runToEnd, type AlignLink, type AlignOptions, type AlignProgress, type AlignSteps,
  type FixedLink, type LinkWithEvidence,
} from './align';
export { LINK_FEATURES, SURE_LINK, calibrated, linkConfidence } from './link-confidence';
export { type AlignmentResources } from './features';
export { GALE_CHURCH, SORANI_ENGLISH, estimateLengthModel, lengthProbability, ratioOfTotals, type LengthModel } from './length-model';
export { buildLexicon, parseLexicon, readLexiconEntries, type Lexicon, type LexiconEntry } from './lexicon';
export { learnWordPairs } from './learn';
export { alignTranslationSteps, realignSteps, type ExistingWork } from './realign';
