export { QA_CHECKS, QA_SEVERITIES, type Offsets, type QaCheckId, type QaIssue, type QaSegment, type QaSeverity } from './types';
export { checkDocument, checkSegment, qaContext, type QaContext, type QaSettings } from './run';
export { qaSegmentOf } from './segment';
export { qaMessage } from './messages';
export { QA_MESSAGES, type QaLanguage } from './messages-data';
