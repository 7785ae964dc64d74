export { SPELLING_LIMITS, dictionaryForm, sourceNameMatcher, spellingCandidates, type WordSpan } from './candidates';
