import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

// Monaco is bundled and its worker served from the app itself: no CDN, no loader.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export { monaco };
