import { useEffect, useRef } from 'react';
import { monaco } from './monaco-setup';

/** A read-only Monaco diff of two English texts, inline, word-wrapped. */
export function DiffView({ original, modified }: { readonly original: string; readonly modified: string }) {
  const host = useRef<HTMLDivElement | null>(null);
  const editor = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);

  useEffect(() => {
    if (!host.current) return undefined;
    const instance = monaco.editor.createDiffEditor(host.current, {
      readOnly: true,
      renderSideBySide: false,
      wordWrap: 'on',
      diffWordWrap: 'on',
      lineNumbers: 'off',
      minimap: { enabled: false },
      automaticLayout: true,
      scrollBeyondLastLine: false,
      renderOverviewRuler: false,
      fontFamily: "system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif",
    });
    editor.current = instance;
    return () => {
      const models = instance.getModel();
      instance.dispose();
      models?.original.dispose();
      models?.modified.dispose();
    };
  }, []);

  useEffect(() => {
    const instance = editor.current;
    if (!instance) return;
    const previous = instance.getModel();
    instance.setModel({
      original: monaco.editor.createModel(original, 'plaintext'),
      modified: monaco.editor.createModel(modified, 'plaintext'),
    });
    previous?.original.dispose();
    previous?.modified.dispose();
  }, [original, modified]);

  return <div className="diff-view" dir="ltr" ref={host} />;
}
