/** The checks, one module each; a project may switch them off or change their severity. */
export const QA_CHECKS = ['numbers', 'untranslated', 'script', 'punctuation', 'length', 'consistency', 'terminology'] as const;
export type QaCheckId = (typeof QA_CHECKS)[number];

export const QA_SEVERITIES = ['error', 'warning', 'info'] as const;
export type QaSeverity = (typeof QA_SEVERITIES)[number];

/** A span [start, end) of UTF-16 offsets. */
export type Offsets = readonly [number, number];

export interface QaIssue {
  readonly check: QaCheckId;
  /** What is wrong; also the message key (`qa.<code>`) the UI and CLI word it with. */
  readonly code: string;
  readonly severity: QaSeverity;
  readonly source?: Offsets;
  readonly target?: Offsets;
  /** Values for the message (the number, the mark, the other segment). */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** One segment as the checks see it: its joined source and target text and its status. */
export interface QaSegment {
  readonly source: string;
  readonly target: string;
  /** Units still `new` are not translated yet: only document-wide checks look at them. */
  readonly started: boolean;
  /** Warnings a person ignored on this segment, by code (errors cannot be ignored, only approved over). */
  readonly ignored?: readonly string[];
}
