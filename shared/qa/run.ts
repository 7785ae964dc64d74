import { approvesArabicScript, checkTerms, type TermBase } from '../glossary/term-check';
import { checkConsistency, consistencyIndex, type ConsistencyIndex, type TranslationsElsewhere } from './consistency';
import { checkLength, lengthModel, type LengthModel } from './length';
import { checkNumbers } from './numbers';
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
  /** Arabic-script text a translation may keep: the glossary's approved terms in that script. */
  readonly approvedArabic: ((text: string) => boolean) | undefined;
  readonly disabled: ReadonlySet<QaCheckId>;
}

/** What a check of one document may know besides its segments. */
export interface QaContextOptions {
  readonly settings?: QaSettings | undefined;
  readonly termBase?: TermBase | undefined;
  /** The project's other documents, for consistency across them. */
  readonly elsewhere?: TranslationsElsewhere | undefined;
}

export function qaContext(segments: readonly QaSegment[], options: QaContextOptions = {}): QaContext {
  const settings = options.settings ?? {};
  const termBase = options.termBase;
  return {
    length: lengthModel(segments),
    consistency: consistencyIndex(segments, options.elsewhere),
    settings,
    termBase,
    approvedArabic: termBase ? (text) => approvesArabicScript(termBase, text) : undefined,
    disabled: new Set(settings.disabled ?? []),
  };
}

const SEVERITY_ORDER: Readonly<Record<QaSeverity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Every check on one segment, in the document's context; errors first. Cheap enough to run per
 * keystroke. `at` is the segment's place in the segments the context was built from, if it is one
 * of them: its earlier version there is not another segment it could disagree with.
 */
export function checkSegment(segment: QaSegment, context: QaContext, at = -1): QaIssue[] {
  const found: QaIssue[] = [];
  add(found, checkUntranslated(segment));
  add(found, checkNumbers(segment));
  add(found, checkScript(segment, context.approvedArabic));
  add(found, checkPunctuation(segment));
  add(found, checkLength(segment, context.length));
  add(found, checkConsistency(segment, context.consistency, at));
  if (context.termBase) add(found, checkTerms(segment.source, segment.target, context.termBase));
  if (found.length === 0) return found;
  const ignored = segment.ignored ?? [];
  const severities = context.settings.severity;
  return found
    .filter((issue) => !context.disabled.has(issue.check))
    .map((issue) => {
      const severity = severities?.[issue.check];
      return severity ? { ...issue, severity } : issue;
    })
    .filter((issue) => issue.severity === 'error' || !ignored.includes(issue.code))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Most checks find nothing in most segments: nothing to copy then. */
function add(found: QaIssue[], issues: readonly QaIssue[]): void {
  for (let i = 0; i < issues.length; i++) found.push(issues[i] as QaIssue);
}

/** Every segment of a document, with the context built from the same segments. */
export function checkDocument(segments: readonly QaSegment[], options: QaContextOptions = {}): QaIssue[][] {
  const context = qaContext(segments, options);
  return segments.map((segment, at) => checkSegment(segment, context, at));
}
