import { monaco } from './monaco-setup';

/** A marker under [from, to) of the model's text (at least one character). */
export function markerAt(
  model: monaco.editor.ITextModel,
  from: number,
  to: number,
  fields: { readonly severity: monaco.MarkerSeverity; readonly message: string; readonly source?: string; readonly code?: string },
): monaco.editor.IMarkerData {
  const start = model.getPositionAt(from);
  const end = model.getPositionAt(Math.max(to, from + 1));
  return { ...fields, startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
}

/** A marker but for its message (compared apart, by `sameMessage`). */
const place = (m: monaco.editor.IMarkerData): string =>
  `${m.severity}|${typeof m.code === 'string' ? m.code : ''}|${m.startLineNumber}:${m.startColumn}-${m.endLineNumber}:${m.endColumn}`;

/**
 * Sets an owner's markers unless the model already has these: setting equal markers again closes
 * a quick-fix menu that is open or being computed. `sameMessage` says which messages count as
 * unchanged (a figure that drifts with the document, "about 409 expected" then 410, is no change
 * worth closing a menu for).
 */
export function setMarkersIfChanged(
  model: monaco.editor.ITextModel, owner: string, markers: readonly monaco.editor.IMarkerData[],
  sameMessage: (shown: string, fresh: string) => boolean = (shown, fresh) => shown === fresh,
): void {
  const current = monaco.editor.getModelMarkers({ owner, resource: model.uri });
  const same = current.length === markers.length && current.every((marker, i) => {
    const fresh = markers[i];
    return fresh !== undefined && sameMessage(marker.message, fresh.message) && place(marker) === place(fresh);
  });
  if (!same) monaco.editor.setModelMarkers(model, owner, [...markers]);
}
