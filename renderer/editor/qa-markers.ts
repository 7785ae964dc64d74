import type { TFunction } from 'i18next';
import type { QaIssue, QaSeverity } from '../../shared/qa';
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
  const markers = issues.map((issue) => {
    // An issue about the segment as a whole (a missing number) is drawn under the whole text.
    const [from, to] = issue.target ?? [0, length];
    const start = model.getPositionAt(from);
    const end = model.getPositionAt(Math.max(to, from + 1));
    return {
      severity: SEVERITY[issue.severity],
      message: t(`qa.${issue.code}`, issue.params ?? {}),
      source: t('qa.label'),
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    };
  });
  // Setting the same markers again would close a quick-fix menu that is open or being computed.
  const shape = (m: monaco.editor.IMarkerData) => `${m.severity}|${m.message}|${m.startLineNumber}:${m.startColumn}-${m.endLineNumber}:${m.endColumn}`;
  const current = monaco.editor.getModelMarkers({ owner: QA_OWNER, resource: model.uri });
  if (current.length === markers.length && current.every((marker, i) => markers[i] !== undefined && shape(marker) === shape(markers[i]))) return;
  monaco.editor.setModelMarkers(model, QA_OWNER, markers);
}
