export { QA_CHECKS, QA_SEVERITIES, type Offsets, type QaCheckId, type QaIssue, type QaSegment, type QaSeverity } from './types';
export { checkDocument, checkSegment, qaContext, type QaContext, type QaContextOptions, type QaSettings } from './run';
export { type TranslationDigests, type TranslationsElsewhere, translationDigests, translationsElsewhere } from './consistency';
export { qaSegmentOf } from './segment';
export { qaMessage } from './messages';
export { QA_MESSAGES, type QaLanguage } from './messages-data';
