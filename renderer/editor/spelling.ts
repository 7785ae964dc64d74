import type { TFunction } from 'i18next';
import type { PirdApi } from '../../shared/api';
import { markerAt, setMarkersIfChanged } from './markers';
import { monaco } from './monaco-setup';

/** Markers of this owner are spelling; quick fixes are offered for them only. */
export const SPELLING_OWNER = 'pird-spelling';
const ADD_COMMAND = 'pird.spelling.addWord';
/** Code actions see marker data without its owner: the code says it is ours, and which word. */
const CODE_PREFIX = 'spelling:';
const CHECK_DELAY_MS = 250;

export interface SpellingContext {
  readonly api: PirdApi;
  readonly t: TFunction;
  /** The active segment's Sorani source: names carried over from it are not typos. */
  source(): string;
}

/**
 * Underlines unknown English words in the editor (checked by the service's Hunspell dictionary a
 * moment after typing stops) and offers suggestions and "add to dictionary" as quick fixes (Ctrl+.).
 */
export function attachSpelling(editor: monaco.editor.IStandaloneCodeEditor, context: () => SpellingContext): monaco.IDisposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const check = async (): Promise<void> => {
    const model = editor.getModel();
    if (!model || disposed) return;
    const version = model.getVersionId();
    const { api, t, source } = context();
    let misspellings;
    try {
      ({ misspellings } = await api.checkSpelling({ text: model.getValue(), source: source() }));
    } catch {
      return; // spelling is a help, never a reason for an error banner
    }
    if (disposed || model.isDisposed() || model.getVersionId() !== version) return;
    setMarkersIfChanged(model, SPELLING_OWNER, misspellings.map((m) => markerAt(model, m.start, m.end, {
      severity: monaco.MarkerSeverity.Info, message: t('spelling.unknown', { word: m.word }), code: `${CODE_PREFIX}${m.word}`,
    })));
  };

  const schedule = (delay = CHECK_DELAY_MS) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void check(), delay);
  };

  const addWord = monaco.editor.registerCommand(ADD_COMMAND, async (_accessor, word: unknown) => {
    if (typeof word !== 'string') return;
    try {
      await context().api.addToDictionary({ word });
    } finally {
      schedule(0);
    }
  });

  const actions = monaco.languages.registerCodeActionProvider('plaintext', {
    async provideCodeActions(model, range, codeActionContext) {
      if (model !== editor.getModel()) return { actions: [], dispose: () => undefined };
      const { api, t } = context();
      const found: monaco.languages.CodeAction[] = [];
      for (const marker of codeActionContext.markers) {
        if (typeof marker.code !== 'string' || !marker.code.startsWith(CODE_PREFIX)) continue;
        if (!monaco.Range.areIntersectingOrTouching(range, marker)) continue;
        const word = marker.code.slice(CODE_PREFIX.length);
        const { suggestions } = await api.suggestSpelling({ word }).catch(() => ({ suggestions: [] as string[] }));
        for (const suggestion of suggestions) {
          found.push({
            title: t('spelling.replaceWith', { word: suggestion }),
            kind: 'quickfix',
            diagnostics: [marker],
            isPreferred: found.length === 0,
            edit: { edits: [{ resource: model.uri, versionId: model.getVersionId(), textEdit: { range: marker, text: suggestion } }] },
          });
        }
        found.push({
          title: t('spelling.addWord', { word }),
          kind: 'quickfix',
          diagnostics: [marker],
          command: { id: ADD_COMMAND, title: t('spelling.addWord', { word }), arguments: [word] },
        });
      }
      return { actions: found, dispose: () => undefined };
    },
  });

  const changes = editor.onDidChangeModelContent((event) => {
    const model = editor.getModel();
    // The whole text replaced: another segment became active, its old underlines mean nothing.
    if (event.isFlush && model) monaco.editor.setModelMarkers(model, SPELLING_OWNER, []);
    schedule(event.isFlush ? 0 : CHECK_DELAY_MS);
  });
  const models = editor.onDidChangeModel(() => schedule(0));
  schedule(0);

  return {
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
      for (const part of [addWord, actions, changes, models]) part.dispose();
      const model = editor.getModel();
      if (model && !model.isDisposed()) monaco.editor.setModelMarkers(model, SPELLING_OWNER, []);
    },
  };
}
