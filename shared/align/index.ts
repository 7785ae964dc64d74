export { AlignInputError, alignSentences, beadScore, type AlignLink, type AlignOptions, type FixedLink } from './align';
export { type AlignmentResources } from './features';
export { SORANI_ENGLISH, lengthProbability, type LengthModel } from './length-model';
export { buildLexicon, parseLexicon, readLexiconEntries, type Lexicon, type LexiconEntry } from './lexicon';
export { alignTranslationUnits, realignUnits, type ExistingWork } from './realign';
