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
  setMarkersIfChanged(model, QA_OWNER, issues.map((issue) => {
    // An issue about the segment as a whole (a missing number) is drawn under the whole text.
    const [from, to] = issue.target ?? [0, length];
    return markerAt(model, from, to, { severity: SEVERITY[issue.severity], message: t(`qa.${issue.code}`, issue.params ?? {}), source: t('qa.label') });
  }));
}
