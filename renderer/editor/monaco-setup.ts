import * as monaco from 'monaco-editor/editor';
// The editor API alone has no features; these are the ones a translation box uses: quick fixes
// and hovers (spelling), the next-problem keys, clipboard and context menu, completions,
// word-wise moves, invisible-character highlighting, cursor undo.
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/suggest/register';
// The completion list itself (glossary terms) is not among the features; its controller is.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/unicodeHighlighter/register';
import 'monaco-editor/features/cursorUndo/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

// Monaco is bundled and its worker served from the app itself: no CDN, no loader.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export { monaco };
