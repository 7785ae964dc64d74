import { checkTerms, type TermBase } from '../glossary/term-check';
import { checkConsistency, consistencyIndex, type ConsistencyIndex } from './consistency';
import { checkLength, lengthModel, type LengthModel } from './length';
import { checkDates, checkNumbers } from './numbers';
import { checkPunctuation } from './punctuation';
import { checkScript } from './script';
import type { QaCheckId, QaIssue, QaSegment, QaSeverity } from './types';
import { checkUntranslated } from './untranslated';

/** Per project: checks switched off, and severities changed. */
export interface QaSettings {
  readonly disabled?: readonly QaCheckId[] | undefined;
  readonly severity?: Partial<Readonly<Record<QaCheckId, QaSeverity>>> | undefined;
}

/** What the document-wide checks learn from the whole document, once. */
export interface QaContext {
  readonly length: LengthModel | undefined;
  readonly consistency: ConsistencyIndex;
  readonly settings: QaSettings;
  /** The glossary, when there is one: terminology is checked through the same channel. */
  readonly termBase: TermBase | undefined;
}

export function qaContext(segments: readonly QaSegment[], settings: QaSettings = {}, termBase?: TermBase): QaContext {
  return { length: lengthModel(segments), consistency: consistencyIndex(segments), settings, termBase };
}

const SEVERITY_ORDER: Readonly<Record<QaSeverity, number>> = { error: 0, warning: 1, info: 2 };

/** Every check on one segment, in the document's context; errors first. Cheap enough to run per keystroke. */
export function checkSegment(segment: QaSegment, context: QaContext): QaIssue[] {
  const disabled = new Set(context.settings.disabled ?? []);
  const found = [
    ...checkUntranslated(segment),
    ...checkNumbers(segment),
    ...checkDates(segment),
    ...checkScript(segment),
    ...checkPunctuation(segment),
    ...checkLength(segment, context.length),
    ...checkConsistency(segment, context.consistency),
    ...(context.termBase ? checkTerms(segment.source, segment.target, context.termBase) : []),
  ];
  const ignored = new Set(segment.ignored ?? []);
  return found
    .filter((issue) => !disabled.has(issue.check))
    .map((issue) => {
      const severity = context.settings.severity?.[issue.check];
      return severity ? { ...issue, severity } : issue;
    })
    .filter((issue) => issue.severity === 'error' || !ignored.has(issue.code))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Every segment of a document, with the context built from the same segments. */
export function checkDocument(segments: readonly QaSegment[], settings: QaSettings = {}, termBase?: TermBase): QaIssue[][] {
  const context = qaContext(segments, settings, termBase);
  return segments.map((segment) => checkSegment(segment, context));
}
