import type { TFunction } from 'i18next';
import type { QaIssue, QaSeverity } from '../../shared/qa';
import { markerAt, setMarkersIfChanged } from './markers';
import { monaco } from './monaco-setup';

export const QA_OWNER = 'pird-qa';

const SEVERITY: Readonly<Record<QaSeverity, monaco.MarkerSeverity>> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Hint,
};

/** QA issues of the text in the editor as markers: squiggles under what they point at, the message on hover. */
export function showQaMarkers(model: monaco.editor.ITextModel, issues: readonly QaIssue[], t: TFunction): void {
  const length = model.getValueLength();
  const drifting = new Set<string>();
  const markers = issues.map((issue) => {
    // An issue about the segment as a whole (a missing number) is drawn under the whole text.
    const [from, to] = issue.target ?? [0, length];
    const message = t(`qa.${issue.code}`, issue.params ?? {});
    if (DRIFTING_CODES.has(issue.code)) drifting.add(message);
    return markerAt(model, from, to, { severity: SEVERITY[issue.severity], message, source: t('qa.label') });
  });
  setMarkersIfChanged(model, QA_OWNER, markers, (shown, fresh) => shown === fresh || (drifting.has(fresh) && withoutFigures(shown) === withoutFigures(fresh)));
}

/**
 * The length checks' expectation follows the document's own ratio, which moves a little with each
 * saved edit: their message changed only in its figures is kept as shown (replacing the markers
 * would close a quick-fix menu the translator has open).
 */
const DRIFTING_CODES = new Set(['too-long', 'too-short']);
const withoutFigures = (message: string): string => message.replace(/\d+/gu, '#');
