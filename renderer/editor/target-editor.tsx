import { useEffect, useRef, type MutableRefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { PirdApi } from '../../shared/api';
import { monaco } from './monaco-setup';
import type { QaIssue } from '../../shared/qa';
import { showQaMarkers } from './qa-markers';
import { useLiveCommands } from '../shell/commands';
import { editorKeybindings } from './keybinding';
import { attachSpelling } from './spelling';
import { isTextField } from '../widgets/text-field';

export interface GlossarySuggestion {
  /** The English term to insert. */
  readonly text: string;
  /** The Sorani term it translates. */
  readonly source: string;
  /** Alt+n inserts the n-th segment term's preferred translation. */
  readonly preferred: boolean;
}

export interface TargetEditorHandle {
  /** Types text at the cursor (over the selection). */
  insert(text: string): void;
  /** Puts text in place of the whole translation, as one edit Ctrl+Z takes back. */
  replaceAll(text: string): void;
  /** The selected text, or empty. */
  selectedText(): string;
  /** The whole translation as it stands in the editor. */
  text(): string;
  focus(): void;
}

export interface TargetEditorProps {
  /** The active row's slot: the one editor instance moves there. */
  readonly slot: HTMLElement | null;
  /** Changes when another unit becomes active or the text changed from outside (undo, copy source); not on typing. */
  readonly unitKey: string;
  readonly value: string;
  readonly ariaLabel: string;
  readonly api: PirdApi;
  /** The active segment's source text, for spelling (names carried over are not typos). */
  readonly source: string;
  /** Quality checks on the text as typed (fast: run on every change). */
  checkQa(text: string): readonly QaIssue[];
  /** English glossary terms for this segment, in hit order, each with its Sorani term: completions and Alt+1..9. */
  readonly glossaryTerms: readonly GlossarySuggestion[];
  /** The translation memory's suggestions for the segment, best first: Ctrl+1…5 puts one in. */
  readonly matchTargets: readonly string[];
  /** Filled with what the rest of the view may ask of the editor (the glossary panel's Insert). */
  readonly handleRef: MutableRefObject<TargetEditorHandle | null>;
  onChange(text: string): void;
}

/** How many translation memory matches (Ctrl+1…5) and glossary terms (Alt+1…9) have a command. */
const MATCH_COMMANDS = 5;
const TERM_COMMANDS = 9;

/**
 * Whether a text field outside the segment grid around `slot` has the focus: a new project's name,
 * the filter's search, a find-and-replace field. Fields inside the grid (the editor's own textarea,
 * the Sorani source) hand the keys on as the active segment moves.
 */
function typingElsewhere(slot: HTMLElement): boolean {
  const active = document.activeElement;
  // A select that was just used (the status filter) hands the keys on to the new segment.
  return isTextField(active) && !(active instanceof HTMLSelectElement) && !slot.closest('.segment-grid')?.contains(active);
}

/** The editor's least height (about two lines and a half) and the most of the window it may take. */
const MIN_EDITOR_PX = 64;
const MAX_EDITOR_SHARE = 0.6;

/** One Monaco instance for the English target of the active segment (LTR text only). */
export function TargetEditor(props: TargetEditorProps): null {
  const host = useRef<HTMLDivElement | null>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const { t } = useTranslation();
  const translate = useRef(t);
  translate.current = t;
  const showQaNow = useRef<() => void>(() => undefined);
  const registry = useLiveCommands();

  useEffect(() => {
    const element = document.createElement('div');
    element.className = 'target-editor';
    element.dir = 'ltr';
    host.current = element;
    const instance = monaco.editor.create(element, {
      value: '',
      language: 'plaintext',
      wordWrap: 'on',
      // The text is in a proportional font: wrap by measured widths, not by a monospace character count.
      wrappingStrategy: 'advanced',
      lineNumbers: 'off',
      minimap: { enabled: false },
      glyphMargin: false,
      folding: false,
      scrollBeyondLastLine: false,
      renderLineHighlight: 'none',
      overviewRulerLanes: 0,
      automaticLayout: true,
      fontSize: 15,
      fontFamily: "system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif",
      ariaLabel: latest.current.ariaLabel,
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true },
      // Completions come from the glossary only, as the translator types a term's first letters.
      wordBasedSuggestions: 'off',
      quickSuggestions: { other: true, comments: false, strings: false },
      suggestOnTriggerCharacters: false,
    });
    // The editor grows with its text, as the rows around it show theirs whole (from two lines up to most of the window).
    const fitHeight = (): void => {
      const height = Math.max(MIN_EDITOR_PX, Math.min(window.innerHeight * MAX_EDITOR_SHARE, instance.getContentHeight() + 2));
      if (element.style.height === `${height}px`) return;
      element.style.height = `${height}px`;
      instance.layout();
    };
    instance.onDidContentSizeChange(fitHeight);
    const showQa = () => {
      const model = instance.getModel();
      if (model) showQaMarkers(model, latest.current.checkQa(model.getValue()), translate.current);
    };
    instance.onDidChangeModelContent(() => {
      latest.current.onChange(instance.getValue());
      showQa();
    });
    showQaNow.current = showQa;
    const insert = (text: string) => {
      const selection = instance.getSelection();
      if (!selection) return;
      instance.executeEdits('glossary', [{ range: selection, text, forceMoveMarkers: true }]);
      instance.focus();
    };
    const replaceAll = (text: string) => {
      const model = instance.getModel();
      if (!model) return;
      instance.pushUndoStop();
      instance.executeEdits('translation-memory', [{ range: model.getFullModelRange(), text, forceMoveMarkers: true }]);
      instance.pushUndoStop();
      instance.focus();
    };
    const numbered = [
      ...Array.from({ length: MATCH_COMMANDS }, (_, n) => registry.register(`segment.insertMatch${n + 1}`, { enabled: true, run: () => {
        const text = latest.current.matchTargets[n];
        if (text !== undefined) replaceAll(text);
      } })),
      ...Array.from({ length: TERM_COMMANDS }, (_, n) => registry.register(`segment.insertTerm${n + 1}`, { enabled: true, run: () => {
        const term = latest.current.glossaryTerms.filter((g) => g.preferred)[n];
        if (term) insert(term.text);
      } })),
    ];
    latest.current.handleRef.current = {
      insert,
      replaceAll,
      text: () => instance.getValue(),
      selectedText: () => {
        const selection = instance.getSelection();
        return selection ? (instance.getModel()?.getValueInRange(selection) ?? '') : '';
      },
      focus: () => instance.focus(),
    };
    const completions = monaco.languages.registerCompletionItemProvider('plaintext', {
      provideCompletionItems(model, position) {
        if (model !== instance.getModel()) return { suggestions: [] };
        const word = model.getWordUntilPosition(position);
        const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
        return {
          suggestions: latest.current.glossaryTerms.map((term, index) => ({
            label: term.text,
            kind: monaco.languages.CompletionItemKind.Reference,
            insertText: term.text,
            detail: translate.current('glossary.completion', { source: term.source }),
            sortText: String(index).padStart(4, '0'),
            range,
          })),
        };
      },
    });
    editor.current = instance;
    const spelling = attachSpelling(instance, () => ({
      api: latest.current.api,
      t: translate.current,
      source: () => latest.current.source,
    }));
    return () => {
      for (const unregister of numbered) unregister();
      completions.dispose();
      spelling.dispose();
      instance.dispose();
      element.remove();
    };
  }, [registry]);

  // The commands' keys, as the user set them, run the commands from inside the editor too (Monaco
  // would take Ctrl+Enter, Alt+arrows, F1 and Ctrl+K for its own actions otherwise).
  useEffect(() => {
    const instance = editor.current;
    if (!instance) return;
    const actions = editorKeybindings(registry.bindings).map(({ id, keybinding }) => instance.addAction({
      id: `pird.${id}`, label: id, keybindings: [keybinding], run: () => void registry.run(id),
    }));
    return () => {
      for (const action of actions) action.dispose();
    };
  }, [registry, registry.bindings]);

  useEffect(() => {
    const instance = editor.current;
    if (!instance || !host.current || !props.slot) return;
    props.slot.appendChild(host.current);
    if (instance.getValue() !== latest.current.value) instance.setValue(latest.current.value);
    instance.updateOptions({ ariaLabel: latest.current.ariaLabel });
    instance.layout();
    // The editor arrives a moment after the grid (it loads on its own): it must not take the keys
    // of someone already typing in another field (a new project's name).
    if (!typingElsewhere(props.slot)) instance.focus();
    instance.setPosition(instance.getModel()?.getFullModelRange().getEndPosition() ?? { lineNumber: 1, column: 1 });
  }, [props.slot, props.unitKey]);

  // Checks again when what the text is checked against changes (another segment, the document).
  useEffect(() => showQaNow.current(), [props.unitKey, props.checkQa]);

  return null;
}
